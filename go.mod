module github.com/budgetpdf/budgetpdf

go 1.26.8

require (
	github.com/go-ego/gse v0.80.3 // indirect
	github.com/ledongthuc/pdf v0.0.0-20260907135840-6c8c28e0e8a0 // indirect
	github.com/mattn/go-sqlite3 v1.14.53 // indirect
	github.com/pdfcpu/pdfcpu v0.15.0 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
	golang.org/x/text v0.44.0 // indirect
)
