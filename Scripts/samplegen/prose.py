"""Plausible report prose, varied by seed, quoting numbers that agree with the tables."""
from . import schema

TITLES = {n: t for n, t in [
    ("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
    ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"),
    ("六", "其他需要报告的事项")]}


def self_name(agency):
    for suffix, name in (("人民政府", "本级政府"), ("街道办事处", "本街道"), ("委员会", "我委"),
                         ("局", "我局"), ("办公室", "我办"), ("中心", "本中心")):
        if agency.endswith(suffix):
            if suffix == "人民政府":
                if "镇" in agency[-6:]:
                    return "我镇"
                if "乡" in agency[-6:]:
                    return "我乡"
                if agency.endswith("区人民政府"):
                    return "我区"
                if agency.endswith("县人民政府"):
                    return "我县"
                if agency.endswith("市人民政府"):
                    return "我市"
                if agency.endswith("省人民政府"):
                    return "我省"
            return name
    return "本机关"


def _pick(rng, items):
    return items[rng.randrange(len(items))]


def sections(rep):
    rng = rep.rng
    me = self_name(rep.agency)
    y = rep.year
    v = rep.values
    new_total = v.get("applications.rows.new.total") or 0
    co_total = v.get("applications.rows.carried_over.total") or 0
    granted = v.get("applications.rows.granted.total") or 0
    review_total = v.get("review_litigation.review.total") or 0
    lit_total = (v.get("review_litigation.litigation_direct.total") or 0) + (
        v.get("review_litigation.litigation_after_review.total") or 0)
    posts = rng.randint(40, 3000)
    decree = _pick(rng, ["《中华人民共和国政府信息公开条例》", "新修订的《中华人民共和国政府信息公开条例》（以下简称《条例》）"])
    p1 = [
        f"{y}年，{me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实{decree}和上级关于政务公开工作的"
        f"决策部署，{_pick(rng, ['围绕中心工作', '紧扣群众关切', '聚焦重点领域'])}，不断加大信息公开力度，"
        f"{_pick(rng, ['推进决策、执行、管理、服务、结果公开', '提升政务公开标准化规范化水平', '增强政府工作透明度和公信力'])}，"
        "现将本年度政府信息公开工作情况报告如下。",
        f"（一）主动公开。全年通过政府门户网站、政务新媒体等渠道主动公开政府信息{posts}条，"
        f"{_pick(rng, ['其中政策文件及解读', '其中工作动态', '其中重点领域信息'])}"
        f"{rng.randint(5, max(6, posts // 3))}条，及时回应社会关切。",
    ]
    if new_total:
        p1.append(f"（二）依申请公开。{y}年共收到政府信息公开申请{new_total}件"
                  + (f"，上年结转{co_total}件" if co_total else "")
                  + f"，已全部按照法定时限和程序办结，其中予以公开{granted}件。")
    else:
        p1.append(f"（二）依申请公开。{y}年{me}未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼案件。")
    p1.append(_pick(rng, [
        "（三）政府信息管理。严格落实公开前保密审查和合法性审查制度，动态调整主动公开基本目录，规范信息发布流程。",
        "（三）政府信息管理。建立健全信息发布协调机制，对拟公开信息实行“三审三校”，确保信息准确、规范、安全。",
    ]))
    p1.append(_pick(rng, [
        "（四）平台建设。持续优化政府信息公开专栏，完善栏目设置，及时更新内容，提升平台的易用性和可及性。",
        "（四）平台建设。加强政府网站和政务新媒体管理，做好内容保障和安全防护，拓展政民互动渠道。",
    ]))
    p1.append(_pick(rng, [
        "（五）监督保障。将政务公开工作纳入年度绩效考核，组织业务培训2次，定期开展自查整改。",
        "（五）监督保障。明确分管领导和专职人员，建立工作台账，自觉接受社会监督，未发生因公开不到位被追责情形。",
    ]))
    p5 = [
        _pick(rng, ["存在的主要问题：一是主动公开的深度和广度仍需拓展；二是政策解读形式较为单一；三是工作人员业务能力有待提升。",
                    f"{y}年，{me}政府信息公开工作虽取得一定成效，但仍存在公开内容不够全面、更新不够及时、解读回应不够精准等问题。"]),
        _pick(rng, [f"改进措施：{y + 1}年，{me}将进一步完善公开制度，加强业务培训，丰富解读形式，切实提升政务公开质量。",
                    "下一步，将围绕群众关注关切，加大重点领域信息公开力度，强化平台管理和考核监督，推动政务公开工作提质增效。"]),
    ]
    if review_total or lit_total:
        p5.insert(1, f"本年度涉及政府信息公开的行政复议{review_total}件、行政诉讼{lit_total}件，已认真总结，举一反三加以整改。")
    p6 = [_pick(rng, [
        f"依据《政府信息公开信息处理费管理办法》，{me}本年度未收取信息处理费。",
        "本年度未产生政府信息公开信息处理费。无其他需要报告的事项。",
        f"{y}年度{me}没有发出收费通知，未收取信息处理费。",
    ])]
    titles = dict(TITLES)
    titles.update(rep.spec.get("heading_variants", {}))
    paras = {"一": p1, "二": [], "三": [], "四": [], "五": p5, "六": p6}
    return [{"number": n, "title": titles[n], "paragraphs": paras[n]} for n in schema.SECTION_NUMBERS]
