package cjk

// IsCJK reports whether r is a Han character: a unified ideograph (the basic
// block, extensions A to I), a compatibility ideograph, a Kangxi or
// supplementary radical, or one of 々 〆 〇 〡–〩 〸–〻.
func IsCJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r >= 0x3400 && r <= 0x4DBF: // Extension A
		return true
	case r <= 0x2FDF: // Radicals Supplement, Kangxi Radicals
		return true
	case r >= 0x3005 && r <= 0x3007, r >= 0x3021 && r <= 0x3029, r >= 0x3038 && r <= 0x303B:
		return true
	case r >= 0xF900 && r <= 0xFAFF: // Compatibility Ideographs
		return true
	case r >= 0x20000 && r <= 0x3FFFF: // Extensions B–I, compatibility supplement
		return true
	}
	return false
}

// IsCJKPunct reports whether r is punctuation of Chinese text: the CJK
// Symbols and Punctuation block (、。〈〉《》「」【】〔〕 …), full-width
// punctuation (，：；！？（）％ …), vertical and small forms, and the
// general-punctuation marks Chinese typesetting uses (“ ” ‘ ’ — … ·).
// The ideographic space U+3000 is white space, not punctuation.
func IsCJKPunct(r rune) bool {
	switch {
	case r < 0x00B7:
		return false
	case r >= 0x3001 && r <= 0x303F:
		return !IsCJK(r)
	case r >= 0xFF01 && r <= 0xFF65:
		return !isFullWidthAlnum(r)
	case r >= 0xFE10 && r <= 0xFE1F, r >= 0xFE30 && r <= 0xFE6F:
		return true
	}
	switch r {
	case 0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2027:
		return true
	}
	return false
}

func isFullWidthAlnum(r rune) bool {
	return (r >= 0xFF10 && r <= 0xFF19) || (r >= 0xFF21 && r <= 0xFF3A) || (r >= 0xFF41 && r <= 0xFF5A)
}
