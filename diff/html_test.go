package diff

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "write the Chromium screenshot of the HTML report to ../docs/diff-report.png")

func htmlReport(t *testing.T) []byte {
	t.Helper()
	old, new := t1Pair(t)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, Compare(old, new, Options{}), old, new); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWriteHTML checks that the page is self-contained and shows both years
// and the changes.
func TestWriteHTML(t *testing.T) {
	out := string(htmlReport(t))
	for _, bad := range []string{"http://", "https://", "<link", "<script", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("page refers to something outside itself: %q", bad)
		}
	}
	wants := []string{
		"<th class=\"year\">2024</th><th class=\"year\">2025</th>",
		"<td class=\"hot\">49.5</td><td class=\"hot\">69.3</td>", // budget, both years
		"<tr class=\"removed\">",                                 // 印发宣传资料份数
		"<tr class=\"added\">",                                   // 河道巡查次数
		"<td class=\"old hot\"><span>开展水资源监测次数</span></td>",      // renamed
		"<td class=\"new hot\">≤30天</td>",                        // qualitative → quantitative
		"value: 86 → 80 (-6, -7.0%) [looser]",                    // note
		"<span class=\"badge removed\">removed</span>",           // 防汛抗旱专项经费
		"<span>target_changed 7</span>",                          // counts by kind
	}
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("page lacks %q", w)
		}
	}
}

// TestWriteHTMLDecoded renders a report that did not come from Compare:
// without documents, the list of changes is shown.
func TestWriteHTMLDecoded(t *testing.T) {
	old, new := t1Pair(t)
	r := Compare(old, new, Options{})
	r.groups = nil
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r, nil, nil); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "<tr><td>"); n != len(r.Changes) {
		t.Errorf("%d change rows, want %d", n, len(r.Changes))
	}
}

// TestHTMLInChromium opens the page in headless Chromium and checks the
// screenshot is a real rendering. It skips where Chromium is not installed
// (apt-get install chromium). With -update-screenshot it refreshes
// docs/diff-report.png.
func TestHTMLInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	shot := filepath.Join(dir, "report.png")
	if err := os.WriteFile(page, htmlReport(t), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--hide-scrollbars", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--screenshot="+shot, "--window-size=1280,1700", "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	checkRendered(t, img)
	if *updateScreenshot {
		if err := os.WriteFile(filepath.Join("..", "docs", "diff-report.png"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkRendered fails unless img is the expected size, mostly white page
// background, with ink (text) and the highlight colours of the stylesheet.
func checkRendered(t *testing.T, img image.Image) {
	t.Helper()
	b := img.Bounds()
	if b.Dx() != 1280 || b.Dy() != 1700 {
		t.Fatalf("screenshot is %v", b)
	}
	var white, dark, hot, added, removed int
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			switch {
			case c.R > 250 && c.G > 250 && c.B > 250:
				white++
			case c.R < 90 && c.G < 90 && c.B < 90:
				dark++
			case near(c, 0xff, 0xf1, 0xc2):
				hot++
			case near(c, 0xe6, 0xf4, 0xe7):
				added++
			case near(c, 0xfb, 0xe7, 0xe6):
				removed++
			}
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	t.Logf("white %d, text %d, changed %d, added %d, removed %d of %d", white, dark, hot, added, removed, total)
	if white < total/3 || dark < total/200 || hot == 0 || added == 0 || removed == 0 {
		t.Errorf("screenshot does not look like the report")
	}
}

func near(c color.NRGBA, r, g, b uint8) bool {
	d := func(a, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }
	return d(c.R, r) <= 3 && d(c.G, g) <= 3 && d(c.B, b) <= 3
}
