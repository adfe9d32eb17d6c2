package normalize

import (
	"regexp"
	"strings"
)

// A numbered form caption names its project: "1.人民调解工作经费绩效目标表".
var (
	captionNumberRe = regexp.MustCompile(`^\d+\s*[.、．]\s*`)
	captionFormRe   = regexp.MustCompile(`(项目)?(支出)?绩效目标(申报)?表$`)
)

// captionName is the project a form's caption names, "" when the caption
// is generic (项目支出绩效目标表) or not a form title.
func captionName(caption string) string {
	t := strings.ReplaceAll(strings.TrimSpace(caption), " ", "")
	if !captionFormRe.MatchString(t) {
		return ""
	}
	t = captionFormRe.ReplaceAllString(captionNumberRe.ReplaceAllString(t, ""), "")
	if !isShortText(t) || t == "" || strings.ContainsAny(t, "（(") {
		return ""
	}
	return t
}
