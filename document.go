package budgetpdf

// Schema is the value of Document.Schema.
const Schema = "budgetpdf/v1"

// Document is one budget disclosure, as extracted.
type Document struct {
	Schema     string      `json:"schema"`
	Source     Source      `json:"source"`
	Unit       Unit        `json:"unit"`
	Year       int         `json:"year"`
	Kind       string      `json:"kind"` // Kind* below; "" when the title prints none
	MoneyUnit  string      `json:"money_unit"`
	Sections   []Section   `json:"sections"`
	Department *Department `json:"department"`
	Projects   []Project   `json:"projects"`
	Tables     []Table     `json:"tables"`
	Warnings   []Warning   `json:"warnings"`
	// BudgetTables are the standard budget tables (收支总表 …) as typed
	// rows; BudgetChecks the reconciliation checks run on them (package
	// budget). A failed check is also a warning.
	BudgetTables []BudgetTable `json:"budget_tables"`
	BudgetChecks []BudgetCheck `json:"budget_checks"`
}

// The kinds of disclosure (Document.Kind), as titles print them: a
// department's budget or final accounts (汇总, with its units) or one
// unit's. 部门综合预算 is a 部门预算.
const (
	KindDeptBudget = "部门预算"
	KindUnitBudget = "单位预算"
	KindDeptFinal  = "部门决算"
	KindUnitFinal  = "单位决算"
	KindNotPrinted = ""
)

// Source identifies the input file.
type Source struct {
	File     string `json:"file"`
	SHA256   string `json:"sha256"`
	Pages    int    `json:"pages"`
	Producer string `json:"producer,omitempty"`
}

// Unit is the publishing unit (单位). Code may be "".
type Unit struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// Section is one narrative part: the chain of headings above it and the
// paragraphs under the last heading, joined with "\n".
type Section struct {
	Path []string `json:"path"`
	Text string   `json:"text"`
	Page int      `json:"page"`
}

// Department is the department-wide target table (部门整体绩效目标表).
type Department struct {
	Goal       string      `json:"goal"`
	Indicators []Indicator `json:"indicators"`
}

// Project is one project target table (项目支出绩效目标表).
type Project struct {
	Code string `json:"code"`
	Name string `json:"name"`
	// UnitName is the unit that spends the project's money, where a table
	// of many projects prints it per row (单位名称); "" otherwise (the
	// document's unit).
	UnitName   string      `json:"unit_name"`
	Budget     Budget      `json:"budget"`
	Purpose    string      `json:"purpose"`
	Plan       []PlanStep  `json:"plan"`
	Goal       string      `json:"goal"`
	Indicators []Indicator `json:"indicators"`
	Pages      []int       `json:"pages"`
}

// Budget amounts are in the document's money unit; nil is a blank cell.
type Budget struct {
	Total  *float64 `json:"total"`
	Fiscal *float64 `json:"fiscal"`
	Other  *float64 `json:"other"`
}

// PlanStep is one period of the spending plan (资金支出计划).
type PlanStep struct {
	Period string   `json:"period"`
	Value  *float64 `json:"value"`
}

// Indicator is one row of a target table.
type Indicator struct {
	Level1      string            `json:"level1"`
	Level2      string            `json:"level2"`
	Name        string            `json:"name"`
	Description string            `json:"description"`
	Target      string            `json:"target"`
	Op          string            `json:"op"`
	Value       *float64          `json:"value"`
	Unit        string            `json:"unit"`
	Basis       string            `json:"basis"`
	Extra       map[string]string `json:"extra"`
	Page        int               `json:"page"`
}

// Table is one printed table fragment on one page, as a grid: a merged
// cell's text once at its top-left position and "" where it is covered.
// MoneyUnit is the unit the fragment itself declares (单位：万元 over it or
// in its title row), "" when it declares none (a continuation page, a
// table of counts); Document.MoneyUnit is the unit most tables declare.
type Table struct {
	Page      int        `json:"page"`
	Title     string     `json:"title"`
	MoneyUnit string     `json:"money_unit"`
	Rows      [][]string `json:"rows"`
}

// Warning is something the parser noticed and could not settle.
type Warning struct {
	Page    int    `json:"page"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Warning codes.
const (
	WarnBudgetSum      = "budget_sum_mismatch"
	WarnPlanEnd        = "plan_end_mismatch"
	WarnUnknownHeader  = "unknown_header"
	WarnUnknownLevel   = "unknown_level"
	WarnUnmappedGlyphs = "unmapped_glyphs"
	WarnPageFailed     = "page_failed"
	WarnScannedPage    = "scanned_page"
	WarnGuessedRow     = "guessed_row"
	WarnRowDropped     = "row_dropped"
	WarnNoIndicators   = "no_indicators"
	WarnColumnGuessed  = "column_guessed"
	WarnBudgetCheck    = "budget_check_failed" // a reconciliation check of the budget tables failed
	WarnBudgetRow      = "budget_row_unread"   // a row or cell of a budget table that could not be typed
)

// Float returns a pointer to v, for building Budgets and Indicators.
func Float(v float64) *float64 { return &v }

// BudgetTable is one standard budget table (收支总表, 一般公共预算支出表 …),
// its fragments across pages joined, as typed rows.
type BudgetTable struct {
	Kind      string         `json:"kind"`       // summary, income, expenditure, fiscal_summary, general_expenditure, basic_expenditure, three_public, fund_expenditure, state_capital_expenditure
	Title     string         `json:"title"`      // the caption as printed ("" when none)
	Pages     []int          `json:"pages"`      // sorted, unique
	MoneyUnit string         `json:"money_unit"` // as the table declares it (元, 万元); "" when it does not
	Columns   []BudgetColumn `json:"columns"`    // the amount columns, left to right
	Rows      []BudgetRow    `json:"rows"`
	Empty     bool           `json:"empty"`           // no amount printed in any row
	Notes     []string       `json:"notes,omitempty"` // statements printed with the table (注：…, 本表无数据)
}

// BudgetColumn is one amount column: its header as printed (the levels of
// a grouped header joined with "/"), a normalised role (total, basic,
// project, personnel, public, fiscal …), the measure when the header prints
// one under the role (预算数, 决算数), and the side of a two-sided table
// (income, expenditure; "" otherwise).
type BudgetColumn struct {
	Header  string `json:"header"`
	Role    string `json:"role"`
	Measure string `json:"measure,omitempty"`
	Side    string `json:"side,omitempty"`
}

// BudgetRow is one typed row. Code is the 科目编码 (2010101), split into
// Class (类 201), Item (款 06) and Sub (项 01) as far as printed; Level is
// 1 for a 类 (or a 一、 line), 2 for a 款, 3 for a 项, 0 for a total row
// (a line without a code is as deep as its numbering: 一、 1、 (1) 其中);
// Parent the code (or name) of the row above it in the hierarchy. Values
// are aligned with the table's Columns: nil is a blank cell, never 0.
type BudgetRow struct {
	Page   int        `json:"page"`
	Side   string     `json:"side,omitempty"`
	Code   string     `json:"code"`
	Class  string     `json:"class"`
	Item   string     `json:"item"`
	Sub    string     `json:"sub"`
	Name   string     `json:"name"`
	Level  int        `json:"level"`
	Parent string     `json:"parent"`
	Total  bool       `json:"total"`
	Values []*float64 `json:"values"`
}

// BudgetCheck is one reconciliation check: its rule (parent_sum,
// total_sum, column_sum, three_public_sum, balance, cross_table,
// empty_statement, narrative), pass or fail, where, and the figures in
// words.
type BudgetCheck struct {
	Rule     string   `json:"rule"`
	Status   string   `json:"status"` // pass, fail
	Kind     string   `json:"kind"`   // the table's kind
	Page     int      `json:"page"`
	Message  string   `json:"message"`
	Expected *float64 `json:"expected"` // in MoneyUnit; nil when the rule has no figure
	Actual   *float64 `json:"actual"`
	Unit     string   `json:"money_unit"`
}
