package normalize

// Known 一级 and 二级指标 labels (the national framework and its 2021
// revision). A label outside them is kept as printed and warned about.
var (
	knownLevel1 = map[string]bool{"产出指标": true, "效益指标": true, "满意度指标": true, "成本指标": true, "效果指标": true, "影响指标": true}
	knownLevel2 = map[string]bool{
		"数量指标": true, "质量指标": true, "时效指标": true, "成本指标": true,
		"经济效益指标": true, "社会效益指标": true, "生态效益指标": true, "可持续影响指标": true,
		"服务对象满意度指标": true, "满意度指标": true, "社会公众满意度指标": true,
		"经济成本指标": true, "社会成本指标": true, "生态环境成本指标": true,
	}
	// knownExtras are indicator-table columns with no field of their own.
	knownExtras = map[string]bool{
		"指标值类型": true, "评扣分标准": true, "评分标准": true, "备注": true, "绩效标准": true, "指标性质": true,
		"计算符号": true, "符号": true, "权重": true, "分值": true, "指标权重": true, "序号": true,
	}
)
