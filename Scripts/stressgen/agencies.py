"""Random agency names shaped like real publishers (county bureaus, townships, city offices)."""
PLACES = ["清河", "临江", "东城", "城关", "南湖", "安平", "西山", "云溪", "北川", "滨海", "长宁", "平阳", "海东",
          "望江", "新华", "龙湖", "青山", "包屯", "石门", "丰乐", "太和", "永安", "河口", "白沙", "金水", "玉泉",
          "双桥", "红旗", "桃源", "黄岭", "柳林", "松江", "凤台", "宁远", "兴隆", "汇川", "鹤山", "东阳"]
DEPARTMENTS = ["人民政府", "人民政府办公室", "发展和改革委员会", "教育局", "公安局", "民政局", "司法局", "财政局",
               "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
               "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局", "统计局",
               "医疗保障局", "城市管理局", "林业局", "退役军人事务局"]
PROVINCIAL = ["教育厅", "民政厅", "司法厅", "财政厅", "生态环境厅", "交通运输厅", "水利厅", "卫生健康委员会",
              "市场监督管理局", "人民政府办公厅"]


def draw(rng):
    kind = rng.choices(["county", "city", "district", "town", "street", "province"],
                       weights=[30, 20, 20, 12, 10, 8])[0]
    place = rng.choice(PLACES)
    if kind == "town":
        return f"{place}{rng.choice(['镇', '乡'])}人民政府"
    if kind == "street":
        return f"{place}街道办事处"
    if kind == "province":
        return f"{place}省{rng.choice(PROVINCIAL)}"
    level = {"county": "县", "city": "市", "district": "区"}[kind]
    return f"{place}{level}{rng.choice(DEPARTMENTS)}"
