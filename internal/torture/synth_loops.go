package torture

import (
	"fmt"
	"strings"

	"github.com/budgetpdf/budgetpdf/internal/pdfgen"
)

// Files whose object graph loops or runs deep where a reader walks it
// without a bound: /Parent chains (inherited /Rotate, /Resources,
// /MediaBox), Form XObjects drawing each other, the outline tree, a name
// tree. The page itself is sound, so reading it, or refusing the file with
// the loop named, are both fine; hanging until the deadline is not.

// PageOwnParent: the only page is its own /Parent and holds no /Rotate, so
// a reader looking up the inherited /Rotate (or, with noResources, the
// inherited /Resources, which then leave the text without its font) climbs
// the same object forever.
func PageOwnParent(noResources bool) []byte {
	const font, content, root, page = 1, 2, 3, 4
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	b.Add(pdfgen.Stream("", []byte(showText), true))
	b.Add(fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 1>>", page))
	res := fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>>>", font)
	if noResources {
		res = ""
	}
	b.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]%s/Contents %d 0 R>>", page, res, content))
	return b.Raw(b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", root)))
}

// ParentLoop: the page's /Parent is a /Pages node whose /Parent leads back
// to itself through a second node; neither the page nor the loop holds
// /Rotate or /Resources.
func ParentLoop() []byte {
	const font, content, root, page, a, b2 = 1, 2, 3, 4, 5, 6
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	b.Add(pdfgen.Stream("", []byte(showText), true))
	b.Add(fmt.Sprintf("<</Type/Pages/Kids[%d 0 R]/Count 1>>", a))
	b.Add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>", a, content))
	b.Add(fmt.Sprintf("<</Type/Pages/Parent %d 0 R/Kids[%d 0 R]/Count 1>>", b2, page))
	b.Add(fmt.Sprintf("<</Type/Pages/Parent %d 0 R/Kids[%d 0 R]/Count 1/Resources<</Font<</F1 %d 0 R>>>>>>", a, a, font))
	return b.Raw(b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", root)))
}

// DeepParentChain: the page's /Resources sit n /Parent steps up a chain of
// /Pages nodes (each the only kid of the next): no loop, only depth.
func DeepParentChain(n int) []byte {
	b := &pdfgen.Builder{}
	font := b.Add(helvetica)
	content := b.Add(pdfgen.Stream("", []byte(showText), true))
	page := b.Add("")
	nodes := make([]int, n) // nodes[0] is the page's parent, nodes[n-1] the root
	for i := range nodes {
		nodes[i] = b.Add("")
	}
	for i, node := range nodes {
		kid, up := page, fmt.Sprintf("/Resources<</Font<</F1 %d 0 R>>>>", font)
		if i > 0 {
			kid = nodes[i-1]
		}
		if i < n-1 {
			up = fmt.Sprintf("/Parent %d 0 R", nodes[i+1])
		}
		b.Set(node, fmt.Sprintf("<</Type/Pages%s/Kids[%d 0 R]/Count 1>>", up, kid))
	}
	b.Set(page, fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Contents %d 0 R>>", nodes[0], content))
	return b.Raw(b.Add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", nodes[n-1])))
}

// FormFanOut: a Form XObject that draws itself fanout times: a reader that
// follows forms without a bound on depth and total work does fanout^depth
// of them.
func FormFanOut(fanout int) []byte {
	const font, form = 1, 2
	b := &pdfgen.Builder{}
	b.Add(helvetica)
	draw := strings.Repeat("q 0.5 0 0 0.5 1 1 cm /X1 Do Q ", fanout)
	b.Add(pdfgen.Stream(fmt.Sprintf("/Type/XObject/Subtype/Form/BBox[0 0 500 500]/Resources<</Font<</F1 %d 0 R>>/XObject<</X1 %d 0 R>>>>", font, form),
		[]byte("BT /F1 12 Tf 10 10 Td (F) Tj ET "+draw), true))
	res := fmt.Sprintf("<</Font<</F1 %d 0 R>>/XObject<</X1 %d 0 R>>>>", font, form)
	return b.Build([]pdfgen.Page{{Resources: res, Contents: []string{showText + " q /X1 Do Q"}}})
}

// OutlineLoop: the document outline's first item is its own /Next and its
// own /First child.
func OutlineLoop() []byte {
	b := &pdfgen.Builder{}
	res := fontResources(b)
	catalog := b.AddPages([]pdfgen.Page{{Resources: res, Contents: []string{showText}}})
	outlines := b.Add("") // filled in below
	item := b.Add("")
	b.Set(outlines, fmt.Sprintf("<</Type/Outlines/First %d 0 R/Last %d 0 R/Count 1>>", item, item))
	b.Set(item, fmt.Sprintf("<</Title(Loop)/Parent %d 0 R/Next %d 0 R/Prev %d 0 R/First %d 0 R/Last %d 0 R/Count 1>>", item, item, item, item, item))
	return b.Raw(withCatalogEntry(b, catalog, fmt.Sprintf("/Outlines %d 0 R/PageMode/UseOutlines", outlines)))
}

// NameTreeLoop: the catalog's /Names /Dests tree has a node that is its
// own kid.
func NameTreeLoop() []byte {
	b := &pdfgen.Builder{}
	res := fontResources(b)
	catalog := b.AddPages([]pdfgen.Page{{Resources: res, Contents: []string{showText}}})
	node := b.Add("")
	b.Set(node, fmt.Sprintf("<</Kids[%d 0 R]/Limits[(a)(z)]>>", node))
	return b.Raw(withCatalogEntry(b, catalog, fmt.Sprintf("/Names<</Dests %d 0 R>>", node)))
}

// withCatalogEntry adds entries to the catalog AddPages made and returns
// its number.
func withCatalogEntry(b *pdfgen.Builder, catalog int, entries string) int {
	body := b.Get(catalog)
	b.Set(catalog, strings.TrimSuffix(body, ">>")+entries+">>")
	return catalog
}
