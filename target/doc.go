// Package target parses an indicator's target text (the 指标值 cell as
// printed, e.g. "≥90%", "不超过3天", "≥13459.00(平方米)") into the comparison
// operator, the number and the normalized unit of the budgetpdf/v1 contract
// (shared/spec/output.md, "Target values"). A target that holds no number,
// or two numbers or more ("90%-95%", "2024年12月31日前"), is qualitative: op
// "", value nil, unit "".
//
// When the text after the number is not a unit but repeats the indicator's
// name ("≥15开展调研次数"), the unit is taken from the name's measure word
// (shared/corpus/README.md, "Unit taken from the name").
package target
