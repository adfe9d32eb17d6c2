// Package textgrid is the text producer of the grid: it rebuilds plain
// text (pdftotext output with or without -layout, a website's text
// version) into the reading flow the PDF producer makes — lines set on
// synthetic geometry for the narrative, and layout grids for the target
// forms — so that the meaning layer reads both paths alike.
//
// The stages: lines (raw pages split at form feeds, -layout or raw text
// told apart, wrapped parts joined), furniture (page numbers and running
// lines), pieces (a line cut into text pieces at wide gaps), tables (where
// a form starts and ends, its caption, header run and body), block (the
// header block's pieces re-joined and handed on as a flow grid, a row per
// printed line: what they say is read in forms), columns and layout* (an
// indicator table's columns from the header's and body's positions),
// stitch and anchors (raw text without positions: cells rebuilt by
// scoring joins against the column roles), rows (indicator rows and their
// levels), flow and read (the reading flow).
//
// Read is the entry point.
//
// BUG: text input of real disclosures is far weaker than their PDFs: on
// the 28 real-cn files with target tables, the indicators read from
// pdftotext -layout output agree with those read from the PDF for 30 % of
// the rows (2823 of 9287; raw output 1947, 21 %; scripts/text-agreement.py
// measures it): ruled tables lose their rules, wrapped cells interleave,
// and a target split over sign / value / unit columns (北京) is not put
// back together. Read the PDF when there is one.
//
// BUG: grids carry no geometry (boxes and ColX are zero or character
// positions), so rules that compare geometry across pages fall back to
// column counts.
package textgrid
