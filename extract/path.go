package extract

import "math"

// pathBuilder accumulates the current path in device space.
type pathBuilder struct {
	lines  [][4]float64 // straight pieces x0 y0 x1 y1
	subs   []subpath    // the subpaths, each a run of lines
	cx, cy float64      // current point
	sx, sy float64      // subpath start
}

// subpath is one m (or re) and what follows it up to the next: lines
// [from, to) of the path, and whether a curve was among them.
type subpath struct {
	from, to int
	curves   bool
}

// begin starts a subpath at the current end of the path.
func (p *pathBuilder) begin() {
	p.subs = append(p.subs, subpath{from: len(p.lines), to: len(p.lines)})
}

// current is the open subpath; drawing without a moveto opens one.
func (p *pathBuilder) current() *subpath {
	if len(p.subs) == 0 {
		p.begin()
	}
	return &p.subs[len(p.subs)-1]
}

// line adds a straight piece to the open subpath.
func (p *pathBuilder) line(l [4]float64) {
	s := p.current()
	p.lines = append(p.lines, l)
	s.to = len(p.lines)
}

// Rules thinner than this (in points) drawn as filled rectangles are rules;
// thicker fills are shading.
const thinFill = 2.5

// axisTolerance is how far (points) a line may lean and still be a rule.
const axisTolerance = 0.5

func (in *interp) pathOp(op string, args []operand) {
	p := &in.path
	ctm := in.gs.ctm
	switch op {
	case "m":
		if v, ok := in.nums(args, 2); ok {
			p.cx, p.cy = ctm.apply(v[0], v[1])
			p.sx, p.sy = p.cx, p.cy
			p.begin()
		}
	case "l":
		if v, ok := in.nums(args, 2); ok {
			x, y := ctm.apply(v[0], v[1])
			p.line([4]float64{p.cx, p.cy, x, y})
			p.cx, p.cy = x, y
		}
	case "c", "v", "y":
		if v, ok := in.nums(args, len(args)); ok && len(v) >= 4 {
			p.cx, p.cy = ctm.apply(v[len(v)-2], v[len(v)-1])
			p.current().curves = true
		}
	case "h":
		if p.cx != p.sx || p.cy != p.sy {
			p.line([4]float64{p.cx, p.cy, p.sx, p.sy})
		}
		p.cx, p.cy = p.sx, p.sy
	case "re":
		v, ok := in.nums(args, 4)
		if !ok {
			return
		}
		pts := [4][2]float64{}
		pts[0][0], pts[0][1] = ctm.apply(v[0], v[1])
		pts[1][0], pts[1][1] = ctm.apply(v[0]+v[2], v[1])
		pts[2][0], pts[2][1] = ctm.apply(v[0]+v[2], v[1]+v[3])
		pts[3][0], pts[3][1] = ctm.apply(v[0], v[1]+v[3])
		p.begin()
		for i, pt := range pts {
			nx := pts[(i+1)%4]
			p.line([4]float64{pt[0], pt[1], nx[0], nx[1]})
		}
		p.begin() // what follows re is a new subpath
		p.cx, p.cy = pts[0][0], pts[0][1]
		p.sx, p.sy = p.cx, p.cy
	}
}

// paint turns the current path into rules: stroked straight pieces that run
// along an axis, and filled rectangles thin enough to be lines. A fill paints
// every subpath for itself: Excel-like producers draw a page's whole grid as
// one path of many thin m-l-l-l-h rectangles and one f*, whose overall
// bounds are the table, not a rule.
func (in *interp) paint(op string) {
	p := &in.path
	stroke := op == "S" || op == "s" || op == "B" || op == "B*" || op == "b" || op == "b*"
	fill := op != "S" && op != "s" && op != "n"
	if stroke && !in.gs.strokeWhite {
		w := in.gs.lineWidth * in.gs.ctm.scale()
		for _, l := range p.lines {
			in.addLine(l, w)
		}
	}
	if fill && !in.gs.fillWhite {
		for _, s := range p.subs {
			if s.to > s.from && !s.curves {
				in.addFill(bounds(p.lines[s.from:s.to]))
			}
		}
	}
	if in.clipNext {
		in.clipTo(p)
		in.clipNext = false
	}
	p.reset()
}

// clipTo narrows the clip to the path's bounds. A path with curves has
// bounds this builder does not know: the clip is left as it was, so a
// glyph is only ever taken for hidden when it surely is.
func (in *interp) clipTo(p *pathBuilder) {
	if len(p.lines) == 0 {
		return
	}
	for _, s := range p.subs {
		if s.curves {
			return
		}
	}
	b := bounds(p.lines)
	if in.gs.hasClip {
		c := in.gs.clip
		b = Rect{math.Max(b.X0, c.X0), math.Max(b.Y0, c.Y0), math.Min(b.X1, c.X1), math.Min(b.Y1, c.Y1)}
	}
	in.gs.clip, in.gs.hasClip = b, true
}

// reset empties the path, keeping its slices' storage for the next one: a
// table page paints hundreds of paths, each reallocated from nothing when
// the builder was replaced.
func (p *pathBuilder) reset() {
	*p = pathBuilder{lines: p.lines[:0], subs: p.subs[:0]}
}

func bounds(lines [][4]float64) Rect {
	r := Rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, l := range lines {
		r.X0 = math.Min(r.X0, math.Min(l[0], l[2]))
		r.X1 = math.Max(r.X1, math.Max(l[0], l[2]))
		r.Y0 = math.Min(r.Y0, math.Min(l[1], l[3]))
		r.Y1 = math.Max(r.Y1, math.Max(l[1], l[3]))
	}
	return r
}

func (in *interp) addLine(l [4]float64, width float64) {
	x0, y0, x1, y1 := l[0], l[1], l[2], l[3]
	dx, dy := math.Abs(x1-x0), math.Abs(y1-y0)
	if dx < axisTolerance && dy < axisTolerance {
		return
	}
	if dx >= axisTolerance && dy >= axisTolerance {
		return // slanted: not a rule
	}
	if dy < axisTolerance {
		y := (y0 + y1) / 2
		in.out.segs = append(in.out.segs, Segment{math.Min(x0, x1), y, math.Max(x0, x1), y, width})
		return
	}
	x := (x0 + x1) / 2
	in.out.segs = append(in.out.segs, Segment{x, math.Min(y0, y1), x, math.Max(y0, y1), width})
}

func (in *interp) addFill(r Rect) {
	w, h := r.X1-r.X0, r.Y1-r.Y0
	switch {
	case w <= 0 && h <= 0:
	case h < thinFill && w >= h:
		y := (r.Y0 + r.Y1) / 2
		in.out.segs = append(in.out.segs, Segment{r.X0, y, r.X1, y, h})
	case w < thinFill:
		x := (r.X0 + r.X1) / 2
		in.out.segs = append(in.out.segs, Segment{x, r.Y0, x, r.Y1, w})
	default:
		if len(in.out.fills) < 100000 {
			in.out.fills = append(in.out.fills, r)
		}
	}
}
