package forms

// The indicator framework's level names (财政部's 一级 / 二级 指标 system and
// its 2021 revision), shared by every province: the known level-1 names,
// and each level-2 name with the level 1 it belongs to. A label outside
// them is kept as printed and warned about; the text stitcher also reads
// them to recognise level cells.
var (
	Level1Words = map[string]bool{"产出指标": true, "效益指标": true, "满意度指标": true, "成本指标": true, "效果指标": true, "影响指标": true}

	Level2Parent = map[string]string{
		"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
		"经济效益指标": "效益指标", "社会效益指标": "效益指标", "生态效益指标": "效益指标", "可持续影响指标": "效益指标",
		"服务对象满意度指标": "满意度指标", "满意度指标": "满意度指标", "社会公众满意度指标": "满意度指标",
		"经济成本指标": "成本指标", "社会成本指标": "成本指标", "生态环境成本指标": "成本指标",
	}

	// KnownExtras are indicator-table columns with no field of their own.
	KnownExtras = map[string]bool{
		"指标值类型": true, "评扣分标准": true, "评分标准": true, "备注": true, "绩效标准": true, "指标性质": true,
		"计算符号": true, "符号": true, "权重": true, "分值": true, "指标权重": true, "序号": true,
	}
)
