package extract

// Page is what one PDF page gives: glyphs and ruling lines in upright page
// coordinates (points, origin at the top-left corner, y growing downwards),
// whatever /Rotate or the CTM did.
type Page struct {
	geom     geometry
	Number   int       `json:"number"` // 1-based
	Width    float64   `json:"width"`
	Height   float64   `json:"height"`
	Glyphs   []Glyph   `json:"glyphs"`
	Rules    []Segment `json:"rules"`
	Fills    []Rect    `json:"fills,omitempty"`  // filled areas too large to be rules (shading)
	Images   []Rect    `json:"images,omitempty"` // image bounding boxes
	Unmapped int       `json:"unmapped"`         // glyphs whose code had no Unicode mapping
	Err      string    `json:"error,omitempty"`  // why the page stopped early, if it did
}

// Glyph is one shown character code.
type Glyph struct {
	Text   string  `json:"t"`    // Unicode text (usually one rune), radicals normalized
	X      float64 `json:"x"`    // origin on the baseline
	Y      float64 `json:"y"`    //
	W      float64 `json:"w"`    // advance along the writing direction
	Size   float64 `json:"size"` // font size in page units
	Font   string  `json:"font"`
	Dir    int     `json:"dir"` // 0 upright; 90, 180, 270 rotated counter-clockwise
	Mapped bool    `json:"mapped"`
	// Clip is the clipping box that hides the glyph (page coordinates),
	// nil when the glyph is shown: text overflowing a clipped table cell
	// is drawn and hidden, and still belongs to that cell.
	Clip *Rect `json:"clip,omitempty"`
}

// Top and Bottom bound the glyph vertically (an em box around the baseline).
func (g Glyph) Top() float64    { return g.Y - 0.86*g.Size }
func (g Glyph) Bottom() float64 { return g.Y + 0.14*g.Size }

// CenterX and CenterY are the centre of the glyph's box, whatever its
// direction: the box runs W along the writing direction from the origin and
// lies on the glyph's "up" side of the baseline.
func (g Glyph) CenterX() float64 {
	switch g.Dir {
	case 90:
		return g.X - 0.36*g.Size
	case 180:
		return g.X - g.W/2
	case 270:
		return g.X + 0.36*g.Size
	}
	return g.X + g.W/2
}

func (g Glyph) CenterY() float64 {
	switch g.Dir {
	case 90:
		return g.Y - g.W/2
	case 180:
		return g.Y + 0.36*g.Size
	case 270:
		return g.Y + g.W/2
	}
	return g.Y - 0.36*g.Size
}

// Segment is a horizontal or vertical ruling line.
type Segment struct {
	X0, Y0, X1, Y1 float64 // X0 <= X1, Y0 <= Y1
	Width          float64 // stroke width
}

// Horizontal reports whether the segment runs left to right.
func (s Segment) Horizontal() bool { return s.X1-s.X0 >= s.Y1-s.Y0 }

// Rect is an axis-aligned box.
type Rect struct {
	X0, Y0, X1, Y1 float64
}
