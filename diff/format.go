package diff

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	budgetpdf "github.com/budgetpdf/budgetpdf"
)

// formatValue prints a Change's From or To for people: numbers as printed
// (15, 97.5), plans as "3月底 2, 6月底 6", nil as blank.
func formatValue(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return v
	case []budgetpdf.PlanStep:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = strings.TrimSpace(s.Period + " " + formatValue(number(s.Value)))
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprint(v)
}

// delta is To − From and its percentage of From, for numeric changes;
// ok is false when either side is not a number (pct is "" when From is 0).
func delta(c Change) (abs, pct string, ok bool) {
	from, ok1 := c.From.(float64)
	to, ok2 := c.To.(float64)
	if !ok1 || !ok2 {
		return "", "", false
	}
	d := math.Round((to-from)*1e6) / 1e6 // no float noise like 19.799999999999997
	abs = strconv.FormatFloat(d, 'f', -1, 64)
	if d >= 0 {
		abs = "+" + abs
	}
	if from != 0 {
		pct = fmt.Sprintf("%+.1f%%", d/from*100)
	}
	return abs, pct, true
}

// describe is a one-line account of c for people, without its project.
func describe(c Change) string {
	var b strings.Builder
	if c.Indicator != "" {
		fmt.Fprintf(&b, "%s: ", c.Indicator)
	}
	switch c.Kind {
	case ProjectAdded, ProjectRemoved, IndicatorAdded, IndicatorRemoved:
		b.WriteString(kindLabel(c.Kind))
		return b.String()
	case ProjectRenamed, IndicatorRenamed:
		fmt.Fprintf(&b, "%s from %s (similarity %.2f)", kindLabel(c.Kind), formatValue(c.From), c.Similarity)
		return b.String()
	}
	fmt.Fprintf(&b, "%s %s: %s → %s", kindLabel(c.Kind), c.Field, orBlank(formatValue(c.From)), orBlank(formatValue(c.To)))
	if abs, pct, ok := delta(c); ok {
		fmt.Fprintf(&b, " (%s", abs)
		if pct != "" {
			fmt.Fprintf(&b, ", %s", pct)
		}
		b.WriteString(")")
	}
	if c.Direction != "" {
		fmt.Fprintf(&b, " [%s]", c.Direction)
	}
	return b.String()
}

func orBlank(s string) string {
	if s == "" {
		return "(blank)"
	}
	return s
}

// kindLabel names a kind in plain words.
func kindLabel(k Kind) string {
	return strings.ReplaceAll(string(k), "_", " ")
}

// projectLabel names a change's project; the department table has none.
func projectLabel(name string) string {
	if name == "" {
		return "部门整体绩效目标表 (department)"
	}
	return name
}

// unitProjectLabel names a project with its unit, when its table names one:
// 机构运行辅助经费（广州市生态环境局番禺分局）.
func unitProjectLabel(name, unit string) string {
	if unit == "" {
		return projectLabel(name)
	}
	return projectLabel(name) + "（" + unit + "）"
}
