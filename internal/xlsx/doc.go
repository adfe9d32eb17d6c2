// Package xlsx writes Excel workbooks (Office Open XML SpreadsheetML): one
// or more sheets of rows of strings, numbers and booleans, streamed row by
// row, each sheet spooled to a temporary file until Close assembles the zip.
//
// It is what `budgetpdf export --format xlsx` needs and nothing more (no
// styles, formulas or shared strings: text goes inline). It replaces
// github.com/xuri/excelize in the binary, whose package initialisation cost
// every budgetpdf process, export or not, about 3 ms of start-up
// (GODEBUG=inittrace=1). Cells are written as excelize's stream writer
// writes them: inline strings cut at 32,767 UTF-16 units, xml:space
// preserve on text with leading or trailing white space, literal _xHHHH_
// escaped, numbers in their shortest decimal form.
package xlsx
