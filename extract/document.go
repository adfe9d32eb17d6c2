package extract

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// Limits bound the work one file may cost.
type Limits struct {
	MaxFileBytes int64 // 0 = no limit
	MaxPages     int   // 0 = no limit
}

// DefaultLimits suit real disclosures (a few MB, under a few hundred pages):
// a file over 100 MB is refused before it is read.
var DefaultLimits = Limits{MaxFileBytes: 100 << 20, MaxPages: 5000}

// Document is an opened PDF: its metadata and the reader its pages come from.
type Document struct {
	Info     Info
	NumPages int
	reader   *pdf.Reader
	pages    []pdf.Value
	fonts    map[string]*font
	descs    map[string]*descFont // descendant CIDFonts read, by reference
	content  []byte               // storage for the next content stream (see keepContentBuffer)
}

// maxKeptContent bounds the content-stream buffer a Document keeps.
const maxKeptContent = 8 << 20

// keepContentBuffer keeps the storage of a content stream the interpreter
// is done with (it copies every string it takes out of it) for the next:
// growing a new buffer per stream was a tenth of what an extraction
// allocated.
func (d *Document) keepContentBuffer(data []byte) {
	if cap(data) <= maxKeptContent {
		d.content = data[:0]
	}
}

// Open checks, decrypts or repairs the PDF in data and prepares it for
// reading pages. It never panics; refusals wrap one of the Err* values.
func Open(data []byte, lim Limits) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrDamaged, r)
		}
	}()
	if lim.MaxFileBytes > 0 && int64(len(data)) > lim.MaxFileBytes {
		return nil, fmt.Errorf("%w (%d MB)", ErrTooLarge, lim.MaxFileBytes>>20)
	}
	body, info, err := gate(data)
	if err != nil {
		return nil, err
	}
	r, pages, err := readWithRepairs(body, &info, lim)
	switch {
	case errors.Is(err, ErrTooManyPages):
		return nil, fmt.Errorf("%w (limit %d)", ErrTooManyPages, lim.MaxPages)
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return &Document{Info: info, NumPages: len(pages), reader: r, pages: pages, fonts: map[string]*font{}}, nil
}

// readWithRepairs opens body with the content reader; when that gives no
// pages (broken cross-reference offsets leave the catalog out of reach,
// though pdfcpu parsed the file lazily), it lets pdfcpu rewrite the file,
// and as the last resort rebuilds the table by scanning for objects.
func readWithRepairs(body []byte, info *Info, lim Limits) (*pdf.Reader, []pdf.Value, error) {
	r, pages, err := readPages(body, lim)
	unreadable := func() bool { return (err != nil || len(pages) == 0) && !errors.Is(err, ErrTooManyPages) }
	if unreadable() && !info.Rewritten {
		if fixed, ferr := repair(body); ferr == nil {
			if r2, p2, err2 := readPages(fixed, lim); err2 == nil && len(p2) > 0 {
				r, pages, err, info.Repaired, info.Rewritten = r2, p2, nil, true, true
			}
		}
	}
	if unreadable() {
		if fixed, ok := rebuildXRef(body); ok {
			if r2, p2, err2 := readPages(fixed, lim); err2 == nil && len(p2) > 0 {
				r, pages, err, info.Repaired = r2, p2, nil, true
			}
		}
	}
	if err == nil && len(pages) == 0 {
		err = errors.New("no pages can be read")
	}
	return r, pages, err
}

// readPages opens body with the content reader and lists its pages.
func readPages(body []byte, lim Limits) (*pdf.Reader, []pdf.Value, error) {
	r, err := newReader(body)
	if err != nil {
		return nil, nil, err
	}
	pages, err := pageList(r, lim.MaxPages)
	return r, pages, err
}

func newReader(body []byte) (r *pdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%v", p)
		}
	}()
	return pdf.NewReader(bytes.NewReader(body), int64(len(body)))
}

// Pages reads every page. A page that fails keeps what it produced before
// the failure and records the reason in Page.Err.
func (d *Document) Pages() []Page {
	pages := make([]Page, 0, d.NumPages)
	for i := 1; i <= d.NumPages; i++ {
		pages = append(pages, d.Page(i))
	}
	return pages
}

// Page reads one page (1-based).
func (d *Document) Page(num int) (page Page) {
	page.Number = num
	in := &interp{doc: d, out: scratchPage()}
	defer func() {
		if r := recover(); r != nil {
			page.Err = describe(fmt.Errorf("%v", r), num).Error()
		}
		finishPage(&page, in)
		recyclePage(&in.out)
	}()
	if num < 1 || num > len(d.pages) {
		page.Err = describe(errors.New("no such page"), num).Error()
		return page
	}
	p := pdf.Page{V: d.pages[num-1]}
	if p.V.IsNull() {
		page.Err = describe(errors.New("page object missing"), num).Error()
		return page
	}
	page.geom = pageGeometry(p)
	in.gs = newGState(identity)
	res := inherited(p, "Resources") // not p.Resources(): it loops on a page that is its own parent
	var errs []string
	data, err := pageContent(p.V.Key("Contents"), d.content)
	if err != nil {
		errs = append(errs, err.Error())
	}
	if len(data) > 0 {
		if err := in.run(data, res, 0); err != nil {
			errs = append(errs, err.Error())
		}
	}
	d.keepContentBuffer(data)
	if len(errs) > 0 {
		page.Err = describe(errors.New(strings.Join(errs, "; ")), num).Error()
	}
	return page
}

// pageContent reads a page's /Contents into buf's storage. An array is
// one content stream cut at token boundaries (ISO 32000 7.8.2): an
// operator may follow its operands in the next element (西安商务 09 p36
// cuts a TJ after its array), so the elements are read one after the
// other into the same buffer, a newline after each (no two tokens fuse),
// and run as one. What an element decoded before an error is kept; the
// total is held to maxStreamBytes.
func pageContent(contents pdf.Value, buf []byte) ([]byte, error) {
	switch {
	case contents.IsNull():
		return nil, nil
	case contents.Kind() != pdf.Array:
		return readStreamInto(contents, buf)
	}
	all := buf[:0]
	var errs []string
	for i := 0; i < contents.Len(); i++ {
		// into the free tail of the buffer: appended onto itself, no copy
		// is allocated while the buffer has room
		data, err := readStreamInto(contents.Index(i), all[len(all):])
		if err != nil {
			errs = append(errs, err.Error())
		}
		if int64(len(all)+len(data)) > maxStreamBytes {
			errs = append(errs, fmt.Sprintf("content streams decompress to more than %d MB", maxStreamBytes>>20))
			break
		}
		all = append(append(all, data...), '\n')
	}
	if len(errs) > 0 {
		return all, errors.New(strings.Join(errs, "; "))
	}
	return all, nil
}

// rawPages keeps the raw output slices of pages already finished, so that
// the next page appends into storage already grown (finishPage copies
// everything out): growing them anew for each page was about 2 % of an
// extraction's CPU.
var rawPages sync.Pool

func scratchPage() rawPage {
	if p, ok := rawPages.Get().(*rawPage); ok {
		return *p
	}
	return rawPage{}
}

// recyclePage empties p (no text kept alive) and keeps its storage.
func recyclePage(p *rawPage) {
	clear(p.glyphs)
	r := &rawPage{glyphs: p.glyphs[:0], segs: p.segs[:0], fills: p.fills[:0], images: p.images[:0], clips: p.clips[:0]}
	*p = rawPage{}
	rawPages.Put(r)
}

// cachedFont returns the parsed font for an object reference, parsing it once.
func (d *Document) cachedFont(key string, fv func() pdf.Value) *font {
	if key != "" {
		if f, ok := d.fonts[key]; ok {
			return f // the font object is not even resolved (parsed anew each time)
		}
	}
	if d.descs == nil {
		d.descs = map[string]*descFont{}
	}
	f := loadFont(fv(), d.descs)
	if key != "" {
		d.fonts[key] = f
	}
	return f
}

// fontRef finds the indirect reference ("12 0 R") of a font resource, the
// only object identity the PDF library exposes.
func fontRef(fonts pdf.Value, name string) string {
	s := fonts.String()
	i := strings.Index(s, "/"+name+" ")
	if i < 0 {
		return ""
	}
	rest := s[i+len(name)+2:]
	end := strings.IndexAny(rest, "/>")
	if end < 0 {
		return ""
	}
	ref := strings.TrimSpace(rest[:end])
	if !strings.HasSuffix(ref, " R") {
		return ""
	}
	return ref
}
