package extract

import "errors"

// Reasons a file is refused. Callers map them to exit codes; messages name
// the cause so that a user knows what to do with the file.
var (
	ErrNotPDF       = errors.New("not a PDF file")
	ErrPassword     = errors.New("PDF needs a user password to open")
	ErrDamaged      = errors.New("PDF is damaged beyond repair (truncated or broken cross-reference)")
	ErrTooLarge     = errors.New("file is larger than the size limit")
	ErrTooManyPages = errors.New("PDF has more pages than the page limit")
	ErrNoText       = errors.New("PDF has no text layer (scanned pages?): OCR it first")
)
