"""Word tables used to clean company names: legal forms, exchanges, places and generic words.

Sources:
- legal forms: the ISO 20275 "Entity Legal Forms" code list (GLEIF, abbreviations as written in
  company names) for the jurisdictions biopharma deal news covers (US, UK, EU, Switzerland, Nordics,
  China/Hong Kong, Japan, Korea, India, Australia, Israel, Canada), plus the CJK forms printed by the
  Shanghai/Shenzhen/Hong Kong, Tokyo and Korea exchanges in their listed-company names;
- exchanges: the venue names and abbreviations press releases print beside a ticker ("NASDAQ: GLPG",
  "HKEX: 01801", "TSE: 4502", "KRX: 207940", "688506.SH");
- places: countries, regions and the Chinese provinces and cities that Chinese and Japanese companies
  put in front of, or in brackets after, their names ("Sichuan Kelun-Biotech", "(Suzhou) Co., Ltd.");
- generic words: the descriptors of the industry that many unrelated companies share
  ("Therapeutics", "Pharma", "Biosciences", ...), grouped into families of meaning: two names whose
  descriptors are all from different families ("Cadila Healthcare" / "Cadila Pharmaceuticals") are
  not taken for one company by the fuzzy rules.

All entries are lower-case, ASCII-folded, with dots and slashes removed ("S.p.A." -> "spa", "A/S" -> "as").
"""

from __future__ import annotations

# Legal forms written at the end of a name, compacted (dots, slashes, commas and spaces removed).
LEGAL_SUFFIXES: frozenset[str] = frozenset(
    {
        # United States, Canada, United Kingdom, Ireland, Australia, India, Israel
        "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "companies", "ltd",
        "limited", "llc", "lllp", "llp", "lp", "plc", "pbc", "ulc", "pty", "ptyltd", "pvt", "pvtltd",
        "privatelimited", "publiclimitedcompany", "publicltdco",
        "publiccompanylimited", "coltd", "coinc", "colimited", "companylimited",
        "corpltd", "incltd", "dac", "uc", "lc", "pc", "na",
        # Germany, Austria, Switzerland, Netherlands, Belgium, Luxembourg
        "ag", "gmbh", "gmbhcokg", "gmbhcokgaa", "kg", "kgaa", "agcokg", "se", "secokgaa", "ohg", "ev",
        "nv", "bv", "bvba", "cv", "sa", "nvsa", "sanv", "sarl", "sca", "scs", "srl", "sprl",
        # France, Spain, Portugal, Italy, Latin America
        "sas", "sasu", "sau", "sl", "slu", "lda", "spa", "sapa", "srls", "scarl", "sacv",
        "sadecv", "sab", "sabdecv", "ltda", "eireli",
        # Nordics, Baltics, Poland, Czechia, Hungary
        "ab", "abpubl", "publ", "as", "asa", "aps", "oy", "oyj", "hf", "ehf", "sp", "spzoo", "zoo",
        "sro", "nyrt", "zrt", "kft", "dd", "doo",
        # Japan, Korea, China/Hong Kong/Taiwan, South-East Asia
        "kk", "kabushikikaisha", "gk", "godokaisha", "yk", "coltdjapan", "bhd", "sdnbhd", "berhad",
        "tbk", "pte", "pteltd", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "pao", "zao", "ao",
    }
)

# Words stripped from the end of a name after its legal form, for display: "CARsgen Therapeutics
# Holdings Limited" -> "CARsgen Therapeutics", "Luye Pharma Group Ltd." -> "Luye Pharma".
TRAILING_QUALIFIERS: frozenset[str] = frozenset({"holdings", "holding", "group", "groupe", "gruppe"})

# Legal forms written before the name.
LEGAL_PREFIXES: frozenset[str] = frozenset({"pt", "ooo", "oao", "zao", "pao", "ao", "jsc", "pjsc", "the"})

# Legal forms in Chinese, Japanese and Korean names, longest first; stripped at either end.
CJK_LEGAL_FORMS: tuple[str, ...] = (
    "集团股份有限公司",
    "股份有限公司",
    "有限责任公司",
    "有限責任公司",
    "有限公司",
    "株式会社",
    "(株)",
    "㈱",
    "주식회사",
    "(주)",
    "㈜",
    "控股",
    "集团",
    "集團",
    "ホールディングス",
    "グループ",
    "公司",
)

# Exchange names and abbreviations printed beside tickers ("NASDAQ: GLPG", "HKEX: 01801", "TSE: 4502").
EXCHANGES: tuple[str, ...] = (
    "NYSE", "NASDAQ", "AMEX", "HKEX", "HKSE", "SEHK", "HKG", "SSE", "SZSE", "SHA", "SHE", "TSE", "TYO",
    "KRX", "KOSDAQ", "KOSPI", "LSE", "AIM", "Euronext", "SIX", "ASX", "TSX", "TSXV", "OTC", "OTCQX",
    "OTCQB", "NSE", "BSE", "SGX", "XETRA", "Frankfurt", "TWSE", "TPEx", "TASE", "STO", "OMX",
)

# Exchange suffixes of numeric tickers ("002821.SZ", "6821.HK", "207940.KS", "4502.T").
TICKER_SUFFIXES: tuple[str, ...] = (
    "HK", "SZ", "SH", "SS", "KS", "KQ", "T", "TW", "TWO", "SI", "AX", "L", "PA", "DE", "SW", "CO", "ST",
    "AS", "BR",
)

# Countries, regions, provinces and cities seen in front of or in brackets after company names.
PLACES: frozenset[str] = frozenset(
    {
        "china", "prc", "hong kong", "hongkong", "hk", "macau", "taiwan", "japan", "korea",
        "south korea", "republic of korea", "singapore", "india", "australia", "new zealand", "usa",
        "us", "u s", "united states", "america", "americas", "north america", "latin america",
        "canada", "uk", "u k", "united kingdom", "great britain", "england", "scotland", "ireland",
        "europe", "eu", "emea", "asia", "asia pacific", "apac", "international", "global",
        "germany", "deutschland", "france", "switzerland", "schweiz", "suisse", "italy", "italia",
        "spain", "espana", "portugal", "netherlands", "belgium", "luxembourg", "austria",
        "denmark", "sweden", "norway", "finland", "iceland", "poland", "israel", "brazil", "mexico",
        # China: provinces, municipalities and the cities of its biotech parks
        "beijing", "shanghai", "tianjin", "chongqing", "jiangsu", "zhejiang", "sichuan", "guangdong",
        "shandong", "hubei", "hunan", "hebei", "henan", "fujian", "anhui", "jiangxi", "liaoning",
        "jilin", "heilongjiang", "yunnan", "guizhou", "shaanxi", "shanxi", "hainan", "guangxi",
        "inner mongolia", "xinjiang", "gansu", "ningxia", "qinghai", "tibet", "suzhou", "hangzhou",
        "nanjing", "guangzhou", "shenzhen", "chengdu", "wuhan", "xiamen", "qingdao", "jinan",
        "shijiazhuang", "changchun", "harbin", "taizhou", "lianyungang", "zhuhai", "dongguan",
        "ningbo", "hefei", "changsha", "kunming", "xian", "xi an", "shenyang", "dalian", "nanchang",
        "zhengzhou", "fuzhou", "nantong", "changzhou", "jiaxing", "shaoxing", "yantai", "weihai",
        "zibo", "huzhou", "kunshan",
        # Japan and Korea
        "tokyo", "osaka", "kyoto", "kobe", "yokohama", "nagoya", "seoul", "incheon", "songdo",
        "pangyo", "osong", "daejeon",
        # Europe and the US, as written after a comma ("Merck KGaA, Darmstadt, Germany")
        "darmstadt", "basel", "zurich", "geneva", "munich", "berlin", "copenhagen",
        "paris", "lyon", "london", "cambridge", "oxford", "dublin", "leiden", "brussels", "milan",
        "boston", "new york", "new jersey", "san francisco", "south san francisco", "san diego",
        "california", "massachusetts", "delaware", "texas", "seattle", "rahway", "kenilworth", "nj",
        "n j", "ny", "ma", "ca", "leverkusen", "cayman", "cayman islands", "bermuda", "bvi",
        "british virgin islands", "jersey", "guernsey", "isle of man",
        # the other US states and Canada's provinces, as a city's place after a comma ("Halden, Colorado")
        "alabama", "alaska", "arizona", "arkansas", "colorado", "connecticut", "florida", "georgia", "hawaii",
        "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new mexico",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "british columbia", "alberta",
    }
)

# Descriptors many companies share. Each maps to the families of meaning it belongs to; the empty
# family means "neutral" (never in conflict). None of them identifies a company on its own.
GENERIC_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(families)
    for families, words in (
        (("pharma",), "pharma pharmas pharm pharmaceutical pharmaceuticals pharmaceutica pharmaceutique "
                      "pharmaceutiques pharmazeutika pharmazie farma farmaceutici farmaceutica "
                      "farmaceutico farmaceutica farmaceuticos pharmaceutics drug drugs"),
        (("pharma", "bio"), "biopharma biopharm biopharmaceutical biopharmaceuticals biopharmaceutics"),
        (("bio",), "bio biotech biotechnology biotechnologies biotechnologie biologic biologics "
                   "biologicals biologique bioscience biosciences biomed biomedical biomedicine biosystems "
                   "bioventures biomedicines bioservices biosolutions biotek biotherapeutic"),
        (("bio", "therapeutics"), "biotherapeutics biotherapies"),
        (("therapeutics",), "therapeutics therapeutic therapies therapy therapeutix tx rx"),
        (("medicine",), "medicine medicines medical medicals medica medicament medicaments"),
        (("health",), "healthcare health healthcares wellness consumer"),
        (("lab",), "laboratories laboratory labs lab laboratoires laboratorios laboratorio "
                   "laboratorium laboratorien"),
        (("sciences",), "sciences science lifesciences"),
        (("diagnostics",), "diagnostics diagnostic dx"),
        (("vaccines",), "vaccines vaccine vaccins"),
        (("oncology",), "oncology oncologics"),
        (("genetics",), "genetics genomics genetic genomic"),
        (("therapeutics", "immunology"), "immunotherapeutics immunotherapies"),
        (("discovery",), "discovery discoveries"),
        ((), "holdings holding group groupe gruppe international intl global worldwide innovation "
             "innovations innovative technologies technology tech solutions industries industry "
             "chemical chemicals research institute institutes corporate enterprises enterprise "
             "ventures partners products specialty generics brands rare disease diseases aesthetics "
             "life care animal operations ii iii iv development developments manufacturing services "
             "investment investments commercial distribution trading center centre"),
    )
    for word in words.split()
}

# Words that never count towards the identity of a company.
STOP_WORDS: frozenset[str] = frozenset(
    {"the", "of", "for", "and", "und", "et", "de", "du", "des", "la", "le", "a", "an", "y"}
)

# Generic words that are glued to the distinctive word after them ("Bio-Thera" -> "biothera"), so that
# the remaining word alone ("Thera") does not stand for the company.
GLUED_PREFIXES: frozenset[str] = frozenset({"bio", "pharma"})

# Descriptors split off a CamelCase name ("DualityBio" -> "Duality Bio").
CAMEL_SUFFIXES: tuple[str, ...] = ("Bio", "Pharma", "Pharm", "Therapeutics", "Biotech", "Rx", "Tx")

# Descriptor words at the end of Chinese, Japanese and Korean names (longest first); stripped to find
# the distinctive part ("恒瑞医药" -> "恒瑞", "武田薬品工業" -> "武田", "한미약품" -> "한미").
CJK_GENERIC_SUFFIXES: tuple[str, ...] = (
    "生物医药科技", "生物医药", "生物科技", "生物技术", "生物制药", "生物製薬", "生物製藥", "医药科技",
    "薬品工業", "製薬工業", "医药", "醫藥", "制药", "製藥", "製薬", "药业", "藥業", "薬品", "药品",
    "生物", "医疗", "科技", "ファーマ", "ファーマシューティカルズ", "バイオ", "바이오로직스", "바이오파마",
    "바이오사이언스", "바이오", "제약", "약품", "파마", "헬스케어",
)

# Chinese provinces and cities written in front of a company name ("江苏恒瑞医药" -> "恒瑞医药").
CJK_PLACE_PREFIXES: tuple[str, ...] = (
    "北京", "上海", "天津", "重庆", "江苏", "浙江", "四川", "广东", "山东", "湖北", "湖南", "河北",
    "河南", "福建", "安徽", "江西", "辽宁", "吉林", "黑龙江", "云南", "贵州", "陕西", "山西", "海南",
    "广西", "苏州", "杭州", "南京", "广州", "深圳", "成都", "武汉", "厦门", "青岛", "济南", "石家庄",
    "长春", "哈尔滨", "泰州", "连云港", "珠海", "宁波", "合肥",
)

# Traditional Chinese characters common in company names, with their simplified forms (Hong Kong and
# Taiwan filings write 百濟神州 and 藥明生物 where mainland ones write 百济神州 and 药明生物). One character
# for one, so offsets in a text do not move. Source: the Unicode Unihan kSimplifiedVariant field.
TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = dict(
    zip(
        "藥醫製華國濟達龍復漢黃業開創東發團齊魯億維諾譽聯歐亞興寧澤邁樂麗聖運優時愛禮羅賽蘭強輝楊雲頂綠葉"
        "與為會長門問間電車書畫貝銀錢鐵綜線經紅紀約級細組結給絡統絲網續總緣織純紛紙紡練縣陳陸陽隊際險隨"
        "體產對導將專從後復應態慶憶擴據術衛衝裝補裡視親觀訊記設許診試詳認語說讀變讓豐貿費資賓質購趙遠"
        "選還邊鄉鄭醬釀鑫針鋼錦鎮長關閩陝雙雜難頭題顯風飛馬驗髮鬥鳥鷹麥黨齡齒廣慧滬瀋濱湯溫淨濟灣蘇",
        "药医制华国济达龙复汉黄业开创东发团齐鲁亿维诺誉联欧亚兴宁泽迈乐丽圣运优时爱礼罗赛兰强辉杨云顶绿叶"
        "与为会长门问间电车书画贝银钱铁综线经红纪约级细组结给络统丝网续总缘织纯纷纸纺练县陈陆阳队际险随"
        "体产对导将专从后复应态庆忆扩据术卫冲装补里视亲观讯记设许诊试详认语说读变让丰贸费资宾质购赵远"
        "选还边乡郑酱酿鑫针钢锦镇长关闽陕双杂难头题显风飞马验发斗鸟鹰麦党龄齿广慧沪沈滨汤温净济湾苏",
        strict=True,
    )
)
