package forms

import (
	"regexp"
	"strings"
)

// What a piece of a text producer's header block is: a label, a code, an
// amount, a period, a caption line, a word of the indicator table, or free
// text. The producer (textgrid) asks to know which pieces may join; the
// block reader (flowblock.go) to know what they say.

var (
	codeRe = regexp.MustCompile(`^[0-9A-Za-z-]{8,}$`)
	// UnitCodeLine is a line that names a unit by its six-digit code
	// (221011平源区…), printed in or above a form's header block.
	UnitCodeLine = regexp.MustCompile(`^\d{6}\s*\p{Han}\S*$`)
	yearLineRe   = regexp.MustCompile(`^[（(]\d{4}年度?[）)]$`)
)

// BlockKind is what a piece of a header block is.
type BlockKind int

const (
	BlockFree      BlockKind = iota // free text: a name, a purpose, a goal
	BlockLabel                      // a header-block label (项目名称, 预算数 …)
	BlockCode                       // a project code
	BlockPeriod                     // a spending-plan period (3月底)
	BlockAmount                     // a number
	BlockCaption                    // a caption line: title, unit line, year line
	BlockTableWord                  // a column header or a level name of the indicator table
)

// IsYearLine: the （2024年度） line under a caption; an autospace may
// split it ("（2024 年度）").
func IsYearLine(t string) bool {
	return yearLineRe.MatchString(strings.ReplaceAll(strings.TrimSpace(t), " ", ""))
}

func isCode(s string) bool {
	if !codeRe.MatchString(s) || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	_, num := ParseAmount(s)
	return !num || len(s) >= 12
}

// BlockKindOf tells what a piece of a header block is, and its label's
// meaning when it is a label. The text producer reads it to know which
// pieces of a line may join; the block reader, to know what they say.
func BlockKindOf(text string) (BlockKind, Label) {
	t := strings.TrimSpace(text)
	switch {
	case FormLabel(t) != LabelNone:
		return BlockLabel, FormLabel(t)
	case IsCaption(t) || UnitCodeLine.MatchString(t) || IsYearLine(t):
		return BlockCaption, LabelNone
	case isCode(t):
		return BlockCode, LabelNone
	case IsPeriod(t):
		return BlockPeriod, LabelNone
	case Numeric(t):
		return BlockAmount, LabelNone
	case isTableWord(t):
		return BlockTableWord, LabelNone
	}
	return BlockFree, LabelNone
}

// isTableWord: an indicator table's column header, a known level name, or
// a short phrase ending in 指标 that is no header.
func isTableWord(s string) bool {
	k := HeaderKey(s)
	if _, ok := HeaderSynonyms[k]; ok || isLevelKey(k) {
		return true
	}
	n := len([]rune(k))
	return strings.HasSuffix(k, "指标") && n >= 4 && n <= 10
}
