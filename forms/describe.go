package forms

import (
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf/layout"
)

// roleLabels are the names --layout prints for column roles.
var roleLabels = func() map[Role]string {
	out := map[Role]string{RoleNone: "unmapped"}
	for name, r := range roleNames {
		out[r] = name
	}
	return out
}()

// DescribeTable says what the meaning layer makes of one grid on its own:
// a target table's header band and column roles, with the reason, or why
// it is none. (A continuation fragment without a header is read with the
// columns of the table before it, which this does not see.)
func DescribeTable(g *layout.Grid) string {
	if g.Flow {
		return describeFlow(g)
	}
	band, ok := findHeaderBand(g)
	if !ok {
		if cm, mapped := firstHeaderRow(g); mapped {
			return fmt.Sprintf("no target table: header row %d maps (%s) but its level cells are no indicator levels", cm+1, "一级/二级 of a catalogue")
		}
		if c := gridCaption(g); c != "" {
			return fmt.Sprintf("target caption %q, no indicator header (a header block, or a continuation)", c)
		}
		return "no indicator header: a budget table, a header block or a continuation fragment"
	}
	var cols []string
	for i, r := range band.cols.Roles {
		if h := strings.TrimSpace(band.cols.Headers[i]); h != "" || r != RoleNone {
			cols = append(cols, fmt.Sprintf("%d:%s=%s", i, clip(h, 12), roleLabels[r]))
		}
	}
	kind := "target table"
	switch {
	case band.cols.Col(RoleProject) >= 0 && band.cols.Col(RoleName) < 0:
		kind = "project list: one project a row, its goal, no indicators"
	case band.cols.Col(RoleProject) >= 0 && band.cols.Col(RoleTarget) < 0:
		kind = "target table, indicators inline, one project a row"
	case band.cols.Col(RoleProject) >= 0:
		kind = "target table holding many projects"
	}
	return fmt.Sprintf("%s: header rows %d–%d; %s", kind, band.top+1, band.bottom+1, strings.Join(cols, " "))
}

// firstHeaderRow is the first row whose words map as an indicator header.
func firstHeaderRow(g *layout.Grid) (int, bool) {
	for r := 0; r < g.NumRows(); r++ {
		if _, ok := MapHeader(rowTexts(g, r)); ok {
			return r, true
		}
	}
	return 0, false
}

// describeFlow tells what a text header block's pieces were read as.
func describeFlow(g *layout.Grid) string {
	hb := readFlowBlock(g)
	var parts []string
	add := func(label, v string) {
		if v != "" {
			parts = append(parts, fmt.Sprintf("%s %q", label, clip(v, 20)))
		}
	}
	add("code", hb.code)
	add("name", hb.name)
	b := hb.budget()
	if len(b) > 0 {
		parts = append(parts, fmt.Sprintf("budget %s/%s/%s", b[LabelTotal], b[LabelFiscal], b[LabelOther]))
	}
	if len(hb.periods) > 0 {
		parts = append(parts, fmt.Sprintf("plan %d periods", len(hb.periods)))
	}
	add("purpose", hb.purpose)
	add("goal", hb.goal)
	if len(parts) == 0 {
		return "a header block of text input, read by what each piece is: nothing it knows"
	}
	return "a header block of text input, read by what each piece is: " + strings.Join(parts, ", ")
}
