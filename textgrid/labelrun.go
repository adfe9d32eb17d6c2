package textgrid

import "github.com/budgetpdf/budgetpdf/forms"

// Plain pdftotext prints a form's label column before its value column
// when the cells of a few rows are read as two blocks: "项目名称 / 主管部门 /
// 项目资金（万元）" and then "农村生活污水治理项目 / 云浦市生态环境局". The
// labels of such a run take the free texts after it in the same order.

// labelRunValues pairs the text labels of every run of two or more
// consecutive labels with the free texts right after the run, in order.
// Labels whose values are amounts (budget labels, 项目资金（万元）) take
// none. The result maps a label's index to its value's.
func labelRunValues(bs []blockPiece) map[int]int {
	out := map[int]int{}
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && bs[j].kind == kindLabel {
			j++
		}
		if j-i < 2 {
			i = max(j, i+1)
			continue
		}
		v := j
		for _, l := range textLabels(bs[i:j], i) {
			if v >= len(bs) || bs[v].kind != kindFree || !forms.ShortText(bs[v].text) {
				break
			}
			out[l] = v
			v++
		}
		i = j
	}
	return out
}

// textLabels: the indexes (offset by base) of the run's labels that take
// a text value.
func textLabels(run []blockPiece, base int) []int {
	var out []int
	for k, b := range run {
		switch b.label {
		case forms.LabelName, forms.LabelDepartment, forms.LabelOtherInfo:
			if forms.MoneyUnitOf(b.text) == "" {
				out = append(out, base+k)
			}
		}
	}
	return out
}
