# Generates the two T1 forms of the e2e diff fixture (years 2023 and 2024).
import sys
UNIT = "310021东川县林业局"

def head_table(code, name, total, fiscal, other, purpose, plan, goal):
    p = plan
    return f'''<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td>项目编码</td><td colspan="3">{code}</td><td>项目名称</td><td colspan="2">{name}</td></tr>
<tr><td rowspan="2">预算规模及资金用途</td><td>预算数</td><td>{total}</td><td>其中：财政资金</td><td>{fiscal}</td><td>其他资金</td><td>{other}</td></tr>
<tr><td colspan="6">{purpose}</td></tr>
<tr><td rowspan="2">资金支出计划（%）</td><td colspan="2">3月底</td><td>6月底</td><td>10月底</td><td colspan="2">12月底</td></tr>
<tr><td colspan="2">{p[0]}</td><td>{p[1]}</td><td>{p[2]}</td><td colspan="2">{p[3]}</td></tr>
<tr><td>绩效目标</td><td colspan="6">{goal}</td></tr>
</table>'''

def ind_table(rows):
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">',
           '<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>绩效指标描述</td><td>指标值</td><td>指标值确定依据</td></tr>']
    for l1, l2, name, target in rows:
        out.append(f'<tr><td>{l1}</td><td>{l2}</td><td>{name}</td><td>{name}</td><td>{target}</td><td>历史标准</td></tr>')
    out.append('</table>')
    return "\n".join(out)

def project(n, p):
    return f'''<p>{n}.{p["name"]}绩效目标表</p>
<p>{UNIT}　　　　　　　　　　　　　　　　单位：万元</p>
{head_table(p["code"], p["name"], p["total"], p["fiscal"], p["other"], p["purpose"], p["plan"], p["goal"])}
{ind_table(p["rows"])}
'''

def document(year, projects):
    body = "\n".join(project(i + 1, p) for i, p in enumerate(projects))
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{year}</title>
<style>body {{ font-family: "Noto Sans CJK SC"; font-size: 10pt; }} td {{ font-size: 9pt; }}</style></head>
<body>
<p align="center">东川县林业局</p>
<p align="center">{year}年部门预算公开</p>
<p>第一部分 预算项目绩效目标</p>
{body}
</body></html>
'''

PURPOSE_A = "开展森林防火巡查、培训和设施维护。"
PURPOSE_B = "开展林业有害生物监测和防治作业。"
PURPOSE_C = "开展古树名木普查、挂牌和养护。"
PURPOSE_D = "实施国土绿化试点造林和抚育。"

old = [
    dict(code="31002123P000AB1234567", name="森林防火专项经费", total="20.00", fiscal="20.00", other="0.00",
         purpose=PURPOSE_A, plan=["5.00", "10.00", "15.00", "20.00"], goal="全年森林火灾受害率控制在0.9‰以内。",
         rows=[("产出指标", "数量指标", "开展防火巡查次数", "≥120次"),
               ("产出指标", "数量指标", "培训基层护林员人次", "300人次"),
               ("产出指标", "质量指标", "防火设施完好率", "≥95%"),
               ("产出指标", "时效指标", "火情处置响应时间", "≤2小时"),
               ("效益指标", "社会效益指标", "宣传资料发放完成率", "90%"),
               ("效益指标", "生态效益指标", "森林资源保护成效", "稳步提升"),
               ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%")]),
    dict(code="31002123P000CD2345678", name="林业有害生物防治经费", total="12.00", fiscal="12.00", other="",
         purpose=PURPOSE_B, plan=["2.00", "6.00", "9.00", "12.00"], goal="有效控制林业有害生物危害。",
         rows=[("产出指标", "数量指标", "防治作业面积", "≥5000亩"),
               ("产出指标", "质量指标", "防治作业合格率", "≥95%"),
               ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%")]),
    dict(code="31002123P000EF3456789", name="古树名木保护经费", total="6.00", fiscal="6.00", other="",
         purpose=PURPOSE_C, plan=["1.00", "3.00", "5.00", "6.00"], goal="古树名木挂牌保护全覆盖。",
         rows=[("产出指标", "数量指标", "古树挂牌数量", "≥200株"),
               ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
]

new = [
    dict(code="31002124P000AB7654321", name="森林防火专项经费", total="28.00", fiscal="28.00", other="0.00",
         purpose=PURPOSE_A, plan=["5.00", "10.00", "15.00", "20.00"], goal="全年森林火灾受害率控制在0.9‰以内。",
         rows=[("产出指标", "数量指标", "开展防火巡查次数", "≥150次"),
               ("产出指标", "数量指标", "基层护林员培训人次", "300人次"),
               ("产出指标", "质量指标", "防火设施完好率", "≥90%"),
               ("产出指标", "时效指标", "火情处置响应时间", "≤3小时"),
               ("效益指标", "社会效益指标", "宣传资料发放完成率", "95%"),
               ("效益指标", "生态效益指标", "森林资源保护成效", "稳步提升"),
               ("满意度指标", "服务对象满意度指标", "林区群众满意度", "90%")]),
    dict(code="31002124P000CD8765432", name="林业有害生物防治经费", total="12.00", fiscal="12.00", other="",
         purpose=PURPOSE_B, plan=["2.00", "6.00", "9.00", "12.00"], goal="有效控制林业有害生物危害。",
         rows=[("产出指标", "数量指标", "疫情监测点位数量", "≥30个"),
               ("产出指标", "质量指标", "防治作业合格率", "≥95%"),
               ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%")]),
    dict(code="31002124P000GH4567890", name="国土绿化试点经费", total="30.00", fiscal="25.00", other="5.00",
         purpose=PURPOSE_D, plan=["6.00", "15.00", "24.00", "30.00"], goal="完成国土绿化试点造林任务。",
         rows=[("产出指标", "数量指标", "新增造林面积", "≥800亩"),
               ("产出指标", "质量指标", "造林成活率", "≥85%")]),
]

for year, projects in ((2023, old), (2024, new)):
    with open(f"forest-{year}.html", "w") as f:
        f.write(document(year, projects))
