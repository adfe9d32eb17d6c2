package extract

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// geometry is a page's visible box and rotation.
type geometry struct {
	x0, y0, x1, y1 float64
	rotate         int // clockwise degrees: 0, 90, 180, 270
}

func pageGeometry(p pdf.Page) geometry {
	g := geometry{0, 0, 595, 842, 0}
	box := inherited(p, "CropBox")
	if box.Len() != 4 {
		box = inherited(p, "MediaBox")
	}
	if box.Len() == 4 {
		a, b, c, d := box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
		if c-a > 1 && d-b > 1 {
			g = geometry{math.Min(a, c), math.Min(b, d), math.Max(a, c), math.Max(b, d), 0}
		}
	}
	if r := inherited(p, "Rotate"); !r.IsNull() {
		g.rotate = ((int(r.Int64()) % 360) + 360) % 360 / 90 * 90
	}
	return g
}

// finishPage turns raw device-space output into an upright page with a
// top-left origin. The page's /Rotate is applied first; then, when most text
// still runs sideways (content rotated by the CTM), the page is turned so
// that it reads left to right.
func finishPage(page *Page, in *interp) {
	g := page.geom
	w, h := g.x1-g.x0, g.y1-g.y0
	// Unrotated display coordinates: x right, y down.
	toDisplay := func(x, y float64) (float64, float64) { return x - g.x0, g.y1 - y }
	turn := (g.rotate + dominantAngle(in.out.glyphs, g.rotate)) % 360
	pw, ph := w, h
	if turn == 90 || turn == 270 {
		pw, ph = h, w
	}
	rot := func(x, y float64) (float64, float64) {
		x, y = toDisplay(x, y)
		switch turn {
		case 90:
			return h - y, x
		case 180:
			return w - x, h - y
		case 270:
			return y, w - x
		}
		return x, y
	}
	page.Width, page.Height = pw, ph
	page.Unmapped = in.out.unmapped
	page.Glyphs = make([]Glyph, 0, len(in.out.glyphs))
	clips := make([]Rect, len(in.out.clips))
	for i, c := range in.out.clips {
		clips[i] = rotRect(c, rot)
	}
	for _, rg := range in.out.glyphs {
		x, y := rot(rg.x, rg.y)
		dir := ((int(math.Round(rg.angle/90))*90-turn)%360 + 360) % 360
		gl := Glyph{Text: rg.text, X: x, Y: y, W: rg.w, Size: rg.size, Font: rg.font, Dir: dir, Mapped: rg.mapped}
		if rg.clip > 0 {
			gl.Clip = &clips[rg.clip-1]
		}
		page.Glyphs = append(page.Glyphs, gl)
	}
	for _, s := range in.out.segs {
		x0, y0 := rot(s.X0, s.Y0)
		x1, y1 := rot(s.X1, s.Y1)
		page.Rules = append(page.Rules, Segment{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1), s.Width})
	}
	for _, r := range in.out.fills {
		page.Fills = append(page.Fills, rotRect(r, rot))
	}
	for _, r := range in.out.images {
		page.Images = append(page.Images, rotRect(r, rot))
	}
}

func rotRect(r Rect, rot func(x, y float64) (float64, float64)) Rect {
	x0, y0 := rot(r.X0, r.Y0)
	x1, y1 := rot(r.X1, r.Y1)
	return Rect{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)}
}

// dominantAngle is the extra clockwise turn (0/90/180/270) that makes most
// glyphs upright after the page's own rotation.
func dominantAngle(glyphs []rawGlyph, rotate int) int {
	var count [4]int
	for _, g := range glyphs {
		a := ((int(math.Round(g.angle/90))*90-rotate)%360 + 360) % 360
		count[a/90]++
	}
	best := 0
	for i := 1; i < 4; i++ {
		if count[i] > count[best] {
			best = i
		}
	}
	if count[best] <= count[0] {
		return 0
	}
	// Text running at +90° (bottom to top) is upright after turning the
	// page 90° clockwise.
	return best * 90
}

// maxInheritDepth bounds the climb up /Parent for an inherited attribute.
// A page tree is seldom more than a few levels deep; a page that is its own
// parent, or a /Parent loop, would otherwise be climbed forever (as the PDF
// library's own Page.Resources and findInherited do: never call them).
const maxInheritDepth = 64

// inherited looks key up on the page and then up its /Parent chain, at most
// maxInheritDepth steps; a chain longer than that (a loop) gives the null
// value, as if the attribute were missing.
func inherited(p pdf.Page, key string) pdf.Value {
	v := p.V
	for depth := 0; depth < maxInheritDepth && !v.IsNull(); depth++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}
