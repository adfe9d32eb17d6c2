package forms

import (
	"regexp"
	"strings"
)

// A form's caption names its project: "1.人民调解工作经费绩效目标表",
// "2026年电诈中心建设项目绩效目标表". Numbering, year and the table word go;
// what is left names a project unless it names a kind of table (项目支出,
// 部门整体 …) or is a fragment.
var (
	captionNumberRe = regexp.MustCompile(`^([（(]?[0-9一二三四五六七八九十]+[)）.、．]\s*)+`)
	captionYearRe   = regexp.MustCompile(`^.*?20\d\d年度?`)
	captionFormRe   = regexp.MustCompile(`(项目)?(支出)?绩效(目标|指标)(申报)?表$`)
	genericCaption  = regexp.MustCompile(`项目支出$|^项目$|部门整体|整体支出|单位整体|部门预算|预算\d*表|表\d+`)
)

// CaptionName is the project a form's caption names, "" when the caption
// is generic (项目支出绩效目标表) or not a form title.
func CaptionName(caption string) string {
	t := strings.Join(strings.Fields(caption), "")
	if !captionFormRe.MatchString(t) {
		return ""
	}
	t = captionFormRe.ReplaceAllString(captionNumberRe.ReplaceAllString(t, ""), "")
	t = strings.TrimLeft(captionYearRe.ReplaceAllString(t, ""), "）)")
	if !ShortText(t) || t == "" || strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(") || genericCaption.MatchString(t) {
		return ""
	}
	return t
}

// ShortText: a text short enough to be a name, without the punctuation of
// a sentence (a caption's remainder, a value beside a label).
func ShortText(s string) bool {
	return len([]rune(s)) <= 40 && !strings.ContainsAny(s, "。；")
}
