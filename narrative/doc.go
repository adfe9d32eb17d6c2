// Package narrative reads the text of a disclosure outside its tables:
// lines of body text into paragraphs (wrapped lines joined per the text
// rules), and paragraphs into sections under their chain of headings
// (第一部分 … / 一、… / （一）… / 1.…, run-in headings, styled titles in a
// larger size). It knows nothing of PDF or text input: its Line is what
// either producer gives, already free of page furniture.
//
// BUG: an unnumbered heading printed in the body's size is read as a
// paragraph: only a short line in a clearly larger size opens a section
// without numbering (isStyledTitle).
package narrative
