package diff

import (
	"math"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// yuanPer is how many 元 one of each money unit is.
var yuanPer = map[string]float64{"元": 1, "千元": 1e3, "万元": 1e4, "亿元": 1e8}

// lineTolerance is how far apart two amounts converted to a common unit
// may be and still be the same amount: 0.01 in that (coarser) unit, the
// rounding of the table printed in it.
const lineTolerance = 0.01

// A conversion brings the amounts of two tables to one money unit: the
// coarser of the two when both declare a known unit and they differ,
// else the unit either declares (amounts as printed).
type conversion struct {
	unit         string
	toOld, toNew float64 // multiply a printed amount by these
	converted    bool
}

func newConversion(old, new string) conversion {
	c := conversion{unit: new, toOld: 1, toNew: 1}
	if c.unit == "" {
		c.unit = old
	}
	fo, ok1 := yuanPer[old]
	fn, ok2 := yuanPer[new]
	if !ok1 || !ok2 || old == new {
		return c
	}
	c.unit, c.converted = old, true
	if fn > fo {
		c.unit = new
	}
	c.toOld, c.toNew = fo/yuanPer[c.unit], fn/yuanPer[c.unit]
	return c
}

// scaled is a printed amount times factor (into a conversion's unit,
// without float noise); nil stays nil.
func scaled(v *float64, factor float64) *float64 {
	if v == nil || factor == 1 {
		return v
	}
	x := math.Round(*v*factor*1e6) / 1e6
	return &x
}

// same reports whether two converted amounts are the same, a blank equal
// to 0 (a line printed in both years: a blank cell is no amount).
func (c conversion) same(a, b *float64) bool {
	a, b = orZero(a), orZero(b)
	if !c.converted {
		return sameNumber(*a, *b)
	}
	return math.Abs(*a-*b) <= lineTolerance+1e-9
}

// lineChanges lists the changes of one line printed in both tables: a new
// name under the same code, then each amount column that differs.
func lineChanges(g tableGroup, cols []colPair, conv conversion, o, n *budgetpdf.BudgetRow) []LineChange {
	var out []LineChange
	base := lineBase(g, n, o, n)
	if o.Code != "" && lineKey(o.Name) != lineKey(n.Name) {
		c := base
		c.Kind, c.From, c.To = LineRenamed, o.Name, n.Name
		out = append(out, c)
	}
	for _, p := range cols {
		col := g.new.Columns[p.new]
		if col.Side != n.Side {
			continue
		}
		a := scaled(value(o, p.old), conv.toOld)
		b := scaled(value(n, p.new), conv.toNew)
		if conv.same(a, b) {
			continue
		}
		c := base
		c.Kind, c.Column, c.Role, c.From, c.To = LineChanged, col.Header, col.Role, number(a), number(b)
		out = append(out, c)
	}
	return out
}

// lonelyLine is the change of a line printed in one table only, with its
// first amount.
func lonelyLine(g tableGroup, kind LineKind, r *budgetpdf.BudgetRow, factor float64) LineChange {
	t, o, n := g.new, (*budgetpdf.BudgetRow)(nil), r
	if kind == LineRemoved {
		t, o, n = g.old, r, nil
	}
	c := lineBase(g, r, o, n)
	c.Kind = kind
	for k, col := range t.Columns {
		if v := value(r, k); col.Side == r.Side && v != nil {
			c.Column, c.Role = col.Header, col.Role
			if kind == LineAdded {
				c.To = number(scaled(v, factor))
			} else {
				c.From = number(scaled(v, factor))
			}
			break
		}
	}
	return c
}

// lineBase is a change's identity: the table, and the line named as r
// prints it; o and n give the pages.
func lineBase(g tableGroup, r, o, n *budgetpdf.BudgetRow) LineChange {
	t := g.table()
	c := LineChange{Table: t.Kind, Title: t.Title, Side: r.Side, Code: r.Code, Name: r.Name, MoneyUnit: g.unit}
	if o != nil {
		c.OldPage = o.Page
		if c.Code == "" {
			c.Code = o.Code
		}
	}
	if n != nil {
		c.NewPage = n.Page
	}
	return c
}

// value is a row's amount in column k, nil when blank or not printed.
func value(r *budgetpdf.BudgetRow, k int) *float64 {
	if k < len(r.Values) {
		return r.Values[k]
	}
	return nil
}
