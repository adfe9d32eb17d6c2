package extract

import (
	"errors"
	"fmt"
	"math"

	"github.com/ledongthuc/pdf"
)

// Limits on one page's work, so that hostile content costs an error.
var (
	maxGlyphsPerPage = 2_000_000
	maxOpsPerPage    = 20_000_000
	maxFormDepth     = 8
	// maxFormsPerPage bounds the Form XObjects one page may draw in all: a
	// form that draws itself k times costs k^maxFormDepth otherwise.
	maxFormsPerPage = 10_000
	// maxCachedForm is the largest decoded form kept for the page's other
	// uses of the same form.
	maxCachedForm = 1 << 20
)

var errPageLimit = errors.New("page exceeds the extraction limits")

// interp runs the content streams of one page.
type interp struct {
	doc    *Document
	gs     gstate
	stack  []gstate
	tm     matrix // text matrix
	tlm    matrix // text line matrix
	path   pathBuilder
	out    rawPage
	ops    int
	fonts  map[string]*font // per resource dictionary, by resource name
	fill   []float64
	stroke []float64
	forms  int               // Form XObjects drawn on this page
	formed map[string][]byte // decoded forms, by object reference
	numBuf [64]float64       // nums' result: operators use it at once
	// clipNext: W or W* was seen; the path painted next (usually by n)
	// also clips.
	clipNext bool
	arena    []operand // the lexer's top-level array elements (lexer.arena)
}

// rawPage collects results in PDF user space (before rotation and flipping).
type rawPage struct {
	glyphs   []rawGlyph
	clips    []Rect // the clips that hide glyphs, each once
	segs     []Segment
	fills    []Rect
	images   []Rect
	unmapped int
}

type rawGlyph struct {
	text    string
	x, y, w float64 // origin and advance in device space
	size    float64
	angle   float64 // writing direction, degrees counter-clockwise
	font    string
	mapped  bool
	clip    int32 // 1 + the index in rawPage.clips of the clip that hides the glyph; 0 when shown
}

// run interprets one content stream with the given resources.
func (in *interp) run(data []byte, res pdf.Value, depth int) error {
	lx := &lexer{data: data}
	if depth == 0 { // a form or glyph run inside an operator gets no arena: its caller's operands live on
		lx.arena = &in.arena
		defer lx.reset()
	}
	var args []operand
	for {
		v, op, ok := lx.next(0)
		if !ok {
			return nil
		}
		if op == "" {
			if len(args) < 64 {
				args = append(args, v)
			}
			continue
		}
		in.ops++
		if in.ops > maxOpsPerPage || len(in.out.glyphs) > maxGlyphsPerPage {
			return errPageLimit
		}
		if op == "ID" {
			in.out.images = append(in.out.images, in.unitBox())
			lx.skipInlineImage()
		} else if err := in.do(op, args, res, depth); err != nil {
			return err
		}
		args = args[:0]
		lx.reset()
	}
}

// nums is the last n operands as numbers, in a buffer of in that the next
// call overwrites (every operator reads its operands at once; allocating a
// slice per operator was 4 % of the pipeline's allocations).
func (in *interp) nums(args []operand, n int) ([]float64, bool) {
	if len(args) < n || n > len(in.numBuf) {
		return nil, false
	}
	out := in.numBuf[:n]
	for i, a := range args[len(args)-n:] {
		if a.kind != kNum {
			return nil, false
		}
		out[i] = a.num
	}
	return out, true
}

func (in *interp) do(op string, args []operand, res pdf.Value, depth int) error {
	switch op {
	case "q":
		if len(in.stack) < 1024 {
			in.stack = append(in.stack, in.gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			in.gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := in.nums(args, 6); ok {
			m := matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			if finite(m) {
				in.gs.ctm = m.mul(in.gs.ctm)
			}
		}
	case "w":
		if v, ok := in.nums(args, 1); ok {
			in.gs.lineWidth = v[0]
		}
	case "g", "rg", "k", "sc", "scn":
		in.gs.fillWhite = isWhiteColor(numArgs(args))
	case "G", "RG", "K", "SC", "SCN":
		in.gs.strokeWhite = isWhiteColor(numArgs(args))
	case "cs":
		in.gs.fillWhite = false
	case "CS":
		in.gs.strokeWhite = false
	case "m", "l", "c", "v", "y", "h", "re":
		in.pathOp(op, args)
	case "W", "W*":
		in.clipNext = true
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
		in.paint(op)
	case "Do":
		if len(args) > 0 && args[len(args)-1].kind == kName {
			return in.xobject(args[len(args)-1].str, res, depth)
		}
	default:
		return in.textOp(op, args, res)
	}
	return nil
}

func numArgs(args []operand) []float64 {
	var out []float64
	for _, a := range args {
		if a.kind == kNum {
			out = append(out, a.num)
		}
	}
	return out
}

// xobject follows a Form XObject (with its own resources and matrix) or
// records an image's bounding box.
func (in *interp) xobject(name string, res pdf.Value, depth int) error {
	xo := res.Key("XObject").Key(name)
	switch xo.Key("Subtype").Name() {
	case "Image":
		in.out.images = append(in.out.images, in.unitBox())
	case "Form":
		if depth >= maxFormDepth {
			return nil
		}
		if in.forms++; in.forms > maxFormsPerPage {
			return fmt.Errorf("%w: more than %d forms drawn", errPageLimit, maxFormsPerPage)
		}
		data, err := in.formData(res, name, xo)
		if err != nil && len(data) == 0 {
			return nil // a broken form loses its own content only
		}
		saved, savedStack := in.gs, len(in.stack)
		if m := xo.Key("Matrix"); m.Len() == 6 {
			fm := matrix{}
			for i := range fm {
				fm[i] = m.Index(i).Float64()
			}
			if finite(fm) {
				in.gs.ctm = fm.mul(in.gs.ctm)
			}
		}
		formRes := xo.Key("Resources")
		if formRes.IsNull() {
			formRes = res
		}
		savedFonts := in.fonts
		in.fonts = nil
		err = in.run(data, formRes, depth+1)
		in.fonts = savedFonts
		in.gs, in.stack = saved, in.stack[:min(savedStack, len(in.stack))]
		if errors.Is(err, errPageLimit) {
			return err
		}
	}
	return nil
}

// formData decodes a form's content once per page: a page drawing the same
// form many times (a logo, a form that draws itself) reads it from memory.
func (in *interp) formData(res pdf.Value, name string, xo pdf.Value) ([]byte, error) {
	ref := fontRef(res.Key("XObject"), name)
	if data, ok := in.formed[ref]; ok && ref != "" {
		return data, nil
	}
	data, err := readStream(xo)
	if err == nil && ref != "" && len(data) <= maxCachedForm {
		if in.formed == nil {
			in.formed = map[string][]byte{}
		}
		in.formed[ref] = data
	}
	return data, err
}

func (in *interp) unitBox() Rect {
	x0, y0 := in.gs.ctm.apply(0, 0)
	x1, y1 := in.gs.ctm.apply(1, 1)
	return Rect{math.Min(x0, x1), math.Min(y0, y1), math.Max(x0, x1), math.Max(y0, y1)}
}

// fontFor returns the parsed font for a resource name, cached per document
// by the font's object reference.
func (in *interp) fontFor(name string, res pdf.Value) *font {
	if f, ok := in.fonts[name]; ok {
		return f
	}
	fonts := res.Key("Font")
	key := fontRef(fonts, name)
	f := in.doc.cachedFont(key, func() pdf.Value { return fonts.Key(name) })
	if in.fonts == nil {
		in.fonts = map[string]*font{}
	}
	in.fonts[name] = f
	return f
}

func describe(err error, page int) error {
	return fmt.Errorf("page %d: %w", page, err)
}
