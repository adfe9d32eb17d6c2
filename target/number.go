package target

import (
	"math"
	"strconv"
	"strings"
)

// number is one decimal number found in a target text: s[start:end].
type number struct {
	start, end int
	value      float64
}

// soleNumber returns the only number of s. It fails when s holds none, or
// two or more — except that numbers inside a repeat of the indicator's name
// after the first one ("≥90 5G基站覆盖率" for the name "5G基站覆盖率") do not
// count.
func soleNumber(s, name string) (number, bool) {
	first, ok := nextNumber(s, 0)
	if !ok {
		return number{}, false
	}
	rest := compact(s[first.end:])
	if name != "" && strings.Contains(rest, name) {
		rest = strings.Replace(rest, name, "", 1)
	}
	if _, more := nextNumber(rest, 0); more {
		return number{}, false
	}
	return first, !math.IsInf(first.value, 0)
}

// nextNumber finds the first number at or after byte offset from: digits
// with optional thousands separators ("1,250") and an optional decimal part
// ("13459.00"). A sign before it is not part of it: the caller reads signs
// as comparison operators.
func nextNumber(s string, from int) (number, bool) {
	start := from
	for start < len(s) && !isDigit(s[start]) {
		start++
	}
	if start == len(s) {
		return number{}, false
	}
	end := digitsEnd(s, start)
	end = thousandsEnd(s, end)
	if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		end = digitsEnd(s, end+1)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[start:end], ",", ""), 64)
	if err != nil && !isRangeError(err) {
		return number{}, false
	}
	return number{start: start, end: end, value: v}, true
}

// thousandsEnd extends a digit run over ",ddd" groups ("1,250,000").
func thousandsEnd(s string, end int) int {
	for end+3 < len(s) && s[end] == ',' && isDigit(s[end+1]) && isDigit(s[end+2]) && isDigit(s[end+3]) &&
		(end+4 == len(s) || !isDigit(s[end+4])) {
		end += 4
	}
	return end
}

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
