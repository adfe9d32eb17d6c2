package extract

// gstate is the part of the PDF graphics state the extractor needs.
type gstate struct {
	ctm         matrix
	lineWidth   float64
	strokeWhite bool // stroking colour is white or near it: rules drawn with it are invisible
	fillWhite   bool
	text        textState
	// clip bounds the clipping path set with W / W* (device space), when
	// hasClip; q / Q save and restore it with the rest of the state.
	clip    Rect
	hasClip bool
}

// textState holds the text parameters that survive BT/ET (Tc, Tw, Tz, TL, Ts, Tf, Tr).
type textState struct {
	font      *font
	fontName  string
	size      float64
	charSpace float64
	wordSpace float64
	hScale    float64 // Tz / 100
	leading   float64
	rise      float64
	render    int
}

func newGState(ctm matrix) gstate {
	return gstate{ctm: ctm, lineWidth: 1, text: textState{hScale: 1}}
}

// isWhite reports whether colour operands (gray, RGB or CMYK) are near white.
func isWhiteColor(vals []float64) bool {
	switch len(vals) {
	case 1:
		return vals[0] >= 0.95
	case 3:
		return vals[0] >= 0.95 && vals[1] >= 0.95 && vals[2] >= 0.95
	case 4:
		return vals[0] <= 0.05 && vals[1] <= 0.05 && vals[2] <= 0.05 && vals[3] <= 0.05
	}
	return false
}
