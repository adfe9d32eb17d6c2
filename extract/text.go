package extract

import (
	"math"

	"github.com/budgetpdf/budgetpdf/cjk"
	"github.com/ledongthuc/pdf"
)

// textOp handles the text object, text state and text showing operators.
func (in *interp) textOp(op string, args []operand, res pdf.Value) error {
	ts := &in.gs.text
	switch op {
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc", "Tw", "Tz", "TL", "Ts", "Tr":
		if v, ok := in.nums(args, 1); ok {
			ts.set(op, v[0])
		}
	case "Tf":
		if len(args) >= 2 && args[len(args)-2].kind == kName {
			ts.fontName = args[len(args)-2].str
			ts.font = in.fontFor(ts.fontName, res)
			ts.size = args[len(args)-1].num
		}
	case "Td":
		if v, ok := in.nums(args, 2); ok {
			in.newLine(v[0], v[1])
		}
	case "TD":
		if v, ok := in.nums(args, 2); ok {
			ts.leading = -v[1]
			in.newLine(v[0], v[1])
		}
	case "T*":
		in.newLine(0, -ts.leading)
	case "Tm":
		if v, ok := in.nums(args, 6); ok {
			m := matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			if finite(m) {
				in.tm, in.tlm = m, m
			}
		}
	case "Tj":
		if len(args) > 0 {
			in.show(args[len(args)-1].str)
		}
	case "'":
		in.newLine(0, -ts.leading)
		if len(args) > 0 {
			in.show(args[len(args)-1].str)
		}
	case "\"":
		if len(args) >= 3 {
			ts.wordSpace, ts.charSpace = args[0].num, args[1].num
			in.newLine(0, -ts.leading)
			in.show(args[2].str)
		}
	case "TJ":
		if len(args) > 0 && args[len(args)-1].kind == kArray {
			for _, e := range args[len(args)-1].arr {
				if e.kind == kNum {
					in.tm = matrix{1, 0, 0, 1, -e.num / 1000 * ts.size * ts.hScale, 0}.mul(in.tm)
				} else if e.kind == kString {
					in.show(e.str)
				}
			}
		}
	}
	return nil
}

func (in *interp) newLine(tx, ty float64) {
	in.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	in.tm = in.tlm
}

// show places the glyphs of one string and advances the text matrix.
func (in *interp) show(s string) {
	ts := &in.gs.text
	f := ts.font
	if f == nil || s == "" {
		return
	}
	// Render modes 3 and 7 draw nothing: that is how an OCR'd scan carries
	// its text layer, so such text is kept.
	f.decode(s, func(g glyphCode) {
		trm := matrix{ts.size * ts.hScale, 0, 0, ts.size, 0, ts.rise}.mul(in.tm).mul(in.gs.ctm)
		adv := g.width*ts.size + ts.charSpace
		if g.space {
			adv += ts.wordSpace
		}
		adv *= ts.hScale
		if g.text != " " && finite(trm) {
			in.emit(g, trm, adv)
		}
		in.tm = matrix{1, 0, 0, 1, adv, 0}.mul(in.tm)
	})
}

func (in *interp) emit(g glyphCode, trm matrix, adv float64) {
	ts := &in.gs.text
	// Advance in device space: the text-space advance through Tm × CTM.
	m := in.tm.mul(in.gs.ctm)
	dx, dy := adv*m[0], adv*m[1]
	size := math.Hypot(trm[2], trm[3]) * ts.font.sizeScale
	text := g.text
	if !g.mapped {
		in.out.unmapped++
	} else {
		text = normalizeGlyphText(text)
	}
	in.out.glyphs = append(in.out.glyphs, rawGlyph{
		text: text, x: trm[4], y: trm[5], w: math.Hypot(dx, dy), size: size,
		angle: math.Atan2(trm[1], trm[0]) * 180 / math.Pi, font: ts.font.name, mapped: g.mapped,
		clip: in.hidingClip(trm, dx, dy),
	})
}

// clipSlack is how far (points) a glyph's centre may lie outside the clip
// and still count as shown: producers clip to the cell's inner edge.
const clipSlack = 1.0

// hidingClip names the clip when it hides the glyph (1 + its index in
// the page's clips; 0 when the glyph shows): the centre of the glyph's box
// (half the advance along the baseline, a third of the size up) lies
// outside it. Text that overflows a clipped table cell is drawn on and
// hidden: its glyphs still belong to that cell.
func (in *interp) hidingClip(trm matrix, dx, dy float64) int32 {
	if !in.gs.hasClip {
		return 0
	}
	const k = 0.36 // the em box's centre above the baseline, as Glyph.CenterY
	cx := trm[4] + dx/2 + k*trm[2]
	cy := trm[5] + dy/2 + k*trm[3]
	c := in.gs.clip
	if cx >= c.X0-clipSlack && cx <= c.X1+clipSlack && cy >= c.Y0-clipSlack && cy <= c.Y1+clipSlack {
		return 0
	}
	clips := in.out.clips
	if n := len(clips); n > 0 && clips[n-1] == c {
		return int32(n)
	}
	in.out.clips = append(clips, c)
	return int32(len(in.out.clips))
}

// normalizeGlyphText maps Kangxi radicals and full-width forms per rune.
func normalizeGlyphText(s string) string {
	for _, r := range s {
		if cjk.NormalizeRune(r) != r {
			return cjk.Normalize(s)
		}
	}
	return s
}

// set applies a one-number text state operator.
func (ts *textState) set(op string, v float64) {
	switch op {
	case "Tc":
		ts.charSpace = v
	case "Tw":
		ts.wordSpace = v
	case "Tz":
		ts.hScale = v / 100
	case "TL":
		ts.leading = v
	case "Ts":
		ts.rise = v
	case "Tr":
		ts.render = int(v)
	}
}
