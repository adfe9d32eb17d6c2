package store

import (
	"strings"

	"github.com/budgetpdf/budgetpdf"
)

// sectionSearchText is what a section is indexed by: its headings and text.
func sectionSearchText(s budgetpdf.Section) string {
	return strings.Join(append(append([]string{}, s.Path...), s.Text), "\n")
}

// searchTexts lists every text of d that goes into the full-text index.
func searchTexts(d *budgetpdf.Document) []string {
	var texts []string
	for _, s := range d.Sections {
		texts = append(texts, sectionSearchText(s))
	}
	if d.Department != nil {
		for _, in := range d.Department.Indicators {
			texts = append(texts, in.Name)
		}
	}
	for _, p := range d.Projects {
		texts = append(texts, p.Name)
		for _, in := range p.Indicators {
			texts = append(texts, in.Name)
		}
	}
	return texts
}

// pretokenize segments d's searchable texts, so that the Importer's workers
// do this work in parallel instead of the single writer. Put falls back to
// tokenizing any text missing from the map.
func (db *DB) pretokenize(d *budgetpdf.Document) map[string]string {
	m := map[string]string{}
	for _, t := range searchTexts(d) {
		if _, ok := m[t]; !ok {
			m[t] = strings.Join(db.tokenize(t), " ")
		}
	}
	return m
}
