package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per exclusion rule: what must not be read as a quantity (the rest of the text may be). */
class ExclusionsTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "year|2024年承办现场会", "list number and year|2．2023年复查合格的城市名单", "list number and year, ascii|1.2024年新命名的城市", "year of an era|據統計，民國113年共有", "year of an era, simplified|民国114年起", "year and month|2024年4月", "date|4月23日在北京", "month|9月落沪运营",
        "Chinese year|二〇二四年", "quoted Army Day|每年春节、“八一”组织", "Army Day word|八一建军节",
        "grade code|从4C级提升至4D级", "rating code|3A级以上景区", "ship code|“老兵”131南京舰",
        "road code|G60科创走廊", "5G|5G基站", "统一|统一部署", "一把手|一把手工程", "一张蓝图|一张蓝图绘到底", "驻百部队|驻百部队积极参与", "year span|2020—2023年连续获评", "year span in words|2020至2023年间", "一部分|一部分官兵", "一面旗帜|一面旗帜", "三张家港|全市三张家港牌",
        "入伍|大学生参军入伍、", "队伍|工作队伍和", "陆续|陆续开展", "两会|全国两会", "一批|一批实事",
        "一等功|一等功臣", "一对一|“一对一”帮扶", "一以贯之|退役关爱,一以贯之。", "一脉相承|一脉相承。",
        "第一|温州市第一。", "ordinal without unit|奉献“第二故乡”", "quoted slogan|“四个确保”工作要求",
        "slogan after 个|紧紧围绕四个确保", "quoted slogan 2|狠抓“四个聚焦”", "三后|“三后”难题", "双清单|“双清单”项目",
        "programme|推出“十件实事”", "programme unquoted|推出十件实事", "programme 2|专属优待“百项清单”",
        "programme 3|崇军商家“千店行动”", "programme 4|“六十佳”典型选树", "slogan with number|“三个100%”",
        "slogan with number unquoted|实现三个100%目标", "quoted number|创新“4321”阳光安置模式",
        "quoted name|创新“百个侨结百户”机制", "双免|“双免”", "崇军六礼|等“崇军六礼”仪规", "unit name|红十三军二师温岭创建",
        "新一轮|新一轮创建以来", "上一轮|比上一轮创建时", "下一轮|迎接下一轮检查", "一轮 as article|开展一轮集中走访",
        "一项 as article|作为一项政治任务", "一项 before abstract noun|这是一项重要工作", "一个 before abstract noun|打造一个重要品牌",
        "一支 before abstract noun|成为一支重要力量", "quoted programme with 条|出台军人军属优待“二十条”",
        "quoted programme with 项|推出“十项”举措", "URL|详见 https://www.example.cn/a/2024/100人.html", "idiom|军民团结一家亲", "idiom 五位一体|形成“党政军警民”五位一体合力", "landform|三面环海，风光秀美", "the four bodies|县四套班子领导带队走访", "quoted numerals|四个“一”", "book title|《三国演义》", "household|为三口之家发放补贴", "household size|全家5口住进新房", "household people|三口人", "feast|一起吃百家宴", "platform|来源：百家号 曲靖发布",  "name of a village|西江千户苗寨"})
    void notAQuantity(String rule, String text) {
        List<Quantity> qs = SCANNER.scan(text);
        assertEquals(List.of(), qs, rule);
    }
}
