package diff

import (
	"math"
	"strings"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// targetChanges lists how the target of a matched indicator changed:
// op, value and unit when both targets are quantitative, else the printed
// target when the texts differ. name is the indicator's name in NEW.
func targetChanges(o, n *budgetpdf.Indicator, base Change) []Change {
	if o.Value == nil || n.Value == nil {
		if textKey(o.Target) == textKey(n.Target) {
			return nil
		}
		c := base
		c.Kind, c.Field, c.From, c.To = TargetChanged, "target", o.Target, n.Target
		return []Change{c}
	}
	var out []Change
	oOp, nOp := opKey(o.Op), opKey(n.Op)
	if oOp != nOp {
		c := base
		c.Kind, c.Field, c.From, c.To = TargetChanged, "op", oOp, nOp
		c.Direction = opDirection(oOp, nOp)
		out = append(out, c)
	}
	if !sameNumber(*o.Value, *n.Value) {
		c := base
		c.Kind, c.Field, c.From, c.To = TargetChanged, "value", *o.Value, *n.Value
		c.Direction = valueDirection(oOp, nOp, n.Name, *n.Value-*o.Value)
		out = append(out, c)
	}
	ou, nu := unitKey(o.Unit), unitKey(n.Unit)
	if ou != nu && ou != "" && nu != "" {
		c := base
		c.Kind, c.Field, c.From, c.To = UnitChanged, "unit", o.Unit, n.Unit
		out = append(out, c)
	}
	return out
}

// opKey spells a comparison sign one way; a quantitative target without a
// sign is an equality.
func opKey(op string) string {
	switch k := textKey(op); k {
	case "":
		return "="
	case "≧", ">=":
		return "≥"
	case "≦", "<=":
		return "≤"
	default:
		return k
	}
}

// sameNumber reports whether a and b are the same printed number.
func sameNumber(a, b float64) bool {
	if a == b || math.IsNaN(a) && math.IsNaN(b) {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// A sense says which way a target value is stricter.
type sense int

const (
	unknown sense = 0
	upward  sense = 1  // a higher value is stricter
	down    sense = -1 // a lower value is stricter
)

// opSense is the sense of a target with op: ≥ and > want more, ≤ and <
// want less, = asks the indicator's name.
func opSense(op, name string) sense {
	switch op {
	case "≥", ">":
		return upward
	case "≤", "<":
		return down
	case "=":
		return nameSense(name)
	}
	return unknown
}

// nameSense guesses the sense of an equality target from the indicator's
// name: rates, degrees and completions want more; costs, fees and times
// want less.
func nameSense(name string) sense {
	k := nameKey(name)
	if strings.HasSuffix(k, "率") || strings.HasSuffix(k, "度") || strings.Contains(k, "完成") {
		return upward
	}
	for _, w := range []string{"成本", "费用", "时间", "时长", "天数"} {
		if strings.Contains(k, w) {
			return down
		}
	}
	return unknown
}

// valueDirection says whether moving a target's value by delta made it
// stricter. When the op changed too, both ops must agree on the sense (an
// equality without a sense of its own follows the other op).
func valueDirection(oldOp, newOp, name string, delta float64) string {
	s := opSense(newOp, name)
	if oldOp != newOp {
		if so := opSense(oldOp, name); s == unknown {
			s = so
		} else if so != unknown && so != s {
			s = unknown
		}
	}
	switch {
	case s == unknown || delta == 0:
		return ""
	case (delta > 0) == (s == upward):
		return Stricter
	}
	return Looser
}

// tighter lists the op changes that make a target stricter at the same
// value; their reverses make it looser. Other op changes are not comparable.
var tighter = map[[2]string]bool{
	{"≥", ">"}: true, {"≤", "<"}: true,
	{"≥", "="}: true, {"≤", "="}: true,
}

// opDirection says whether changing the op alone made a target stricter.
func opDirection(from, to string) string {
	switch {
	case tighter[[2]string{from, to}]:
		return Stricter
	case tighter[[2]string{to, from}]:
		return Looser
	}
	return ""
}
