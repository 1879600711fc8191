package cn.fuyuan.desk.appearance;

import cn.fuyuan.desk.appearance.AppearanceStats.Ranked;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 《××季度行政机关负责人出庭应诉情况通报》 (GB/T 9704 layout): one template whose detail bands print the lines of
 * the bulletin — headings, paragraphs, the tables by region and by agency, and a bar chart by region.
 */
public final class BulletinReport {
    public static final String TEMPLATE = "cn/fuyuan/desk/appearance/bulletin.jrxml";

    /**
     * One printed line of the bulletin.
     *
     * @param kind H (heading 一、), P (paragraph), TH (table header), TR (table row), CHART (the bar chart)
     */
    public record Line(String kind, String text, String c1, String c2, String c3, String c4, String c5, String c6, String c7,
                       String c8, Image image) {
        static Line of(String kind, String text) {
            return new Line(kind, text, null, null, null, null, null, null, null, null, null);
        }
    }

    private BulletinReport() {
    }

    public static net.sf.jasperreports.engine.JasperPrint fill(ReportService service, OfficeSettings office, Bulletin b, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        params.put("TITLE", b.title());
        params.put("ISSUER", office == null || office.officeName() == null || office.officeName().isBlank()
                ? (office == null ? "" : office.courtName()) : office.officeName());
        params.put("COURT_NAME", office == null ? null : office.courtName());
        params.put("DATE", date);
        return service.fill(TEMPLATE, params, lines(b));
    }

    static List<Line> lines(Bulletin b) {
        String u = b.unitWord();
        String prevName = b.period().isYear() ? "上年" : "上季度";
        List<Line> out = new ArrayList<>();
        out.add(Line.of("P", "为推动行政机关负责人出庭应诉工作常态化，现将" + b.period().chinese() + "全市行政机关负责人出庭应诉情况通报如下。"));
        out.add(Line.of("H", "一、总体情况"));
        out.add(Line.of("P", b.narrative()));
        out.add(new Line("TH2", null, null, "项目", "本期", prevName, null, null, null, null, null));
        AppearanceStats.Figures now = b.overall();
        AppearanceStats.Figures before = b.previousOverall();
        out.add(row("", "应出庭" + (u.equals("件") ? "案件数" : "庭次"), String.valueOf(now.units()), String.valueOf(before.units()), "", "", "", ""));
        out.add(row("", "负责人出庭", String.valueOf(now.appeared()), String.valueOf(before.appeared()), "", "", "", ""));
        out.add(row("", "出庭率", Rates.show(now.appearanceRate()), Rates.show(before.appearanceRate()), "", "", "", ""));
        out.add(row("", "出声率", Rates.show(now.spokeRate()), Rates.show(before.spokeRate()), "", "", "", ""));
        out.add(row("", "正职出庭率", Rates.show(now.principalRate()), Rates.show(before.principalRate()), "", "", "", ""));
        out.add(Line.of("H", "二、各地区出庭应诉情况"));
        if (b.byRegion().isEmpty()) {
            out.add(Line.of("P", "本期无数据。"));
        } else {
            out.add(tableHeader("地区", u));
            b.byRegion().forEach(r -> out.add(rankedRow(r)));
            out.add(new Line("CHART", "各地区出庭率", null, null, null, null, null, null, null, null, chart(b.byRegion())));
        }
        List<Ranked> printed = b.printedAgencies();
        int left = b.byAgency().size() - printed.size();
        out.add(Line.of("H", "三、各被诉机关出庭应诉情况（按出庭率排名" + (left > 0
                ? "，列前" + b.agencyLimit() + "名和后" + b.agencyLimit() + "名" : "") + "）"));
        if (b.byAgency().isEmpty()) {
            out.add(Line.of("P", "本期无数据。"));
        } else {
            out.add(tableHeader("机关", u));
            for (int i = 0; i < printed.size(); i++) {
                if (left > 0 && i == b.agencyLimit()) {
                    out.add(new Line("TR", null, "…", "（第" + (b.agencyLimit() + 1) + "名至第" + (b.agencyLimit() + left) + "名共" + left
                            + "个机关从略）", "", "", "", "", "", "", null));
                }
                out.add(rankedRow(printed.get(i)));
            }
        }
        out.add(Line.of("H", "四、负责人未出庭应诉的机关"));
        out.add(Line.of("P", b.withoutAppearance().isEmpty() ? "本期各被诉机关均有负责人出庭应诉。"
                : "本期有被诉案件但负责人均未出庭应诉的机关（" + b.withoutAppearance().size() + "个）：" + String.join("、", b.withoutAppearance()) + "。"));
        out.add(Line.of("P", "说明：出庭率＝负责人出庭数÷应出庭数；出声率、正职出庭率分母相同；"
                + (b.unit() == AppearanceStats.Unit.CASE ? "按案件统计，每案每被告机关计一件，以本期首次开庭为准；" : "按庭次统计，每次开庭每被告机关计一次；")
                + "排名按出庭率，相同时应出庭数多者在前；“较上期”为百分点；“—”表示无可统计数据。"));
        return out;
    }

    private static Line header(String... c) {
        return new Line("TH", null, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], null);
    }

    private static Line row(String... c) {
        return new Line("TR2", null, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], null);
    }

    private static Line tableHeader(String name, String u) {
        return header("排名", name, "应出庭（" + u + "）", "出庭", "出庭率", "出声率", "正职出庭率", "较上期");
    }

    private static Line rankedRow(Ranked r) {
        AppearanceStats.Figures f = r.now();
        return new Line("TR", null, String.valueOf(r.rank()), f.group(), String.valueOf(f.units()), String.valueOf(f.appeared()),
                Rates.show(f.appearanceRate()), Rates.show(f.spokeRate()), Rates.show(f.principalRate()), Rates.showChange(r.change()), null);
    }

    private static volatile Font songFont;

    static Font song() {
        if (songFont == null) {
            try (InputStream in = BulletinReport.class.getClassLoader().getResourceAsStream("fonts/gbsn00lp.ttf")) {
                songFont = in == null ? new Font(Font.SERIF, Font.PLAIN, 10) : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                songFont = new Font(Font.SERIF, Font.PLAIN, 10);
            }
        }
        return songFont;
    }

    /** A bar chart of 出庭率 by region (Java2D, 3 px per point, 442 × 200 pt). */
    static Image chart(List<Ranked> regions) {
        int scale = 3;
        int w = 442 * scale;
        int h = 200 * scale;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Font f = song().deriveFont(9f * scale);
        g.setFont(f);
        int left = 40 * scale;
        int bottom = h - 30 * scale;
        int top = 14 * scale;
        int plotH = bottom - top;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(scale));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, w - 6 * scale, bottom);
        g.setStroke(new BasicStroke(1));
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = bottom - plotH * pct / 100;
            g.setColor(new Color(0xDDDDDD));
            if (pct > 0) {
                g.drawLine(left + 1, y, w - 6 * scale, y);
            }
            g.setColor(Color.BLACK);
            String s = pct + "%";
            g.drawString(s, left - g.getFontMetrics().stringWidth(s) - 4 * scale, y + 3 * scale);
        }
        int n = Math.max(1, regions.size());
        int slot = (w - 6 * scale - left) / n;
        for (int i = 0; i < regions.size(); i++) {
            AppearanceStats.Figures fig = regions.get(i).now();
            BigDecimal rate = fig.appearanceRate();
            int x = left + i * slot;
            int bw = Math.max(scale, slot * 3 / 5);
            int bx = x + (slot - bw) / 2;
            if (rate != null) {
                int bh = (int) Math.round(plotH * rate.doubleValue() / 100.0);
                g.setColor(new Color(0xB22222));
                g.fillRect(bx, bottom - bh, bw, bh);
                g.setColor(Color.BLACK);
                String label = rate.toPlainString();
                g.drawString(label, bx + (bw - g.getFontMetrics().stringWidth(label)) / 2, bottom - bh - 2 * scale);
            }
            g.setColor(Color.BLACK);
            String name = fig.group();
            Font nf = f;
            while (g.getFontMetrics(nf).stringWidth(name) > slot - 2 * scale && nf.getSize2D() > 5 * scale) {
                nf = nf.deriveFont(nf.getSize2D() - scale);
            }
            g.setFont(nf);
            g.drawString(name, x + (slot - g.getFontMetrics().stringWidth(name)) / 2, bottom + 14 * scale);
            g.setFont(f);
        }
        g.dispose();
        return img;
    }
}
