import Foundation
import Ink
import OnboardingModel

/// summary.md as the HTML part of the email: Ink's rendering of the very same
/// Markdown, with inline styles (mail clients drop `<style>` blocks and
/// stylesheets) and the chart images swapped for bar tables mail clients draw.
///
/// The only file that imports Ink, so the Markdown library can be swapped here.
enum SummaryHTML {
    static func html(_ content: ReportContent, markdown: String) -> String {
        let trend = CohortTrend(content)
        // Chart image lines become placeholder paragraphs, swapped for the bar
        // tables after rendering; the file names never pass through Ink.
        var source = markdown
        for (i, chart) in TrendChart.all.enumerated() {
            source = source.replacingOccurrences(of: "![\(chart.title)](\(chart.fileName))",
                                                 with: placeholder(i))
        }
        var body = styled(MarkdownParser().html(from: inkEscapingUnderscores(source)))
        for (i, chart) in TrendChart.all.enumerated() {
            body = body.replacingOccurrences(of: "<p style=\"\(font)\(paragraphStyle)\">\(placeholder(i))</p>",
                                             with: TrendHTML.html(chart, trend, config: content.config))
        }
        return page(title: Summary.title(content.window), body: body)
    }

    /// Any Markdown of the report (a CSM digest) as an email's HTML part, styled as the summary.
    static func html(markdown: String, title: String) -> String {
        page(title: title, body: styled(MarkdownParser().html(from: inkEscapingUnderscores(markdown))))
    }

    /// The page around a rendered body: a centred white card, as mail clients draw tables.
    private static func page(title rawTitle: String, body: String) -> String {
        let title = XMLText.escape(rawTitle)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f4f5f7;">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" \
            bgcolor="#f4f5f7" style="background-color:#f4f5f7;">
            <tr><td align="center" style="padding:16px 8px;">
            <table role="presentation" width="760" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" \
            style="width:760px;max-width:100%;background-color:#ffffff;border:1px solid #dddddd;">
            <tr><td style="padding:20px 24px;\(font)color:#222222;">
            \(body)
            </td></tr>
            </table>
            </td></tr>
            </table>
            </body>
            </html>

            """
    }

    static let font = "font-family:Helvetica,Arial,sans-serif;"
    static let paragraphStyle = "font-size:14px;line-height:1.45;margin:0 0 10px 0;"

    /// Inline styles per element Ink emits. Input text never carries a raw
    /// `<` (Ink writes an escaped one as `&lt;`), so every tag matched here is Ink's own.
    static let styles: [(tag: String, style: String)] = [
        ("<h1", "font-size:22px;line-height:1.3;margin:0 0 6px 0;color:#111111;"),
        ("<h2", "font-size:17px;line-height:1.3;margin:26px 0 10px 0;padding:0 0 4px 0;"
            + "border-bottom:1px solid #dddddd;color:#111111;"),
        ("<p", paragraphStyle),
        ("<table", "border-collapse:collapse;margin:0 0 12px 0;"),
        ("<th", "font-size:13px;font-weight:bold;padding:5px 8px;background-color:#eef1f5;"
            + "border-bottom:2px solid #9aa4b1;white-space:nowrap;"),
        ("<td", "font-size:13px;padding:4px 8px;border-bottom:1px solid #e4e6ea;white-space:nowrap;"),
        ("<ul", "margin:0 0 12px 0;padding:0 0 0 20px;"),
        ("<li", "font-size:14px;line-height:1.4;margin:0 0 5px 0;"),
        ("<code", "font-family:Menlo,Consolas,monospace;font-size:13px;"),
    ]

    /// Adds `style` (and table attributes Outlook needs) to each opening tag;
    /// red-flag severities are coloured.
    static func styled(_ html: String) -> String {
        var out = html
        for (tag, style) in styles {
            let extra = tag == "<table" ? " cellpadding=\"0\" cellspacing=\"0\" border=\"0\"" : ""
            // Tags with attributes first: the second pass then cannot match a tag the first styled.
            out = out.replacingOccurrences(of: tag + " ", with: "\(tag)\(extra) style=\"\(font)\(style)\" ")
            out = out.replacingOccurrences(of: tag + ">", with: "\(tag)\(extra) style=\"\(font)\(style)\">")
        }
        out = out.replacingOccurrences(of: "<strong>critical</strong>",
                                       with: "<strong style=\"color:#C62828;\">critical</strong>")
        return out.replacingOccurrences(of: "<strong>warning</strong>",
                                        with: "<strong style=\"color:#B26A00;\">warning</strong>")
    }

    private static func placeholder(_ index: Int) -> String { "onboardingreportchart\(index)" }

    /// Every `_` not already escaped gets a backslash. GitHub never reads an
    /// intraword underscore as emphasis (so `MarkdownText.escape` keeps
    /// `mid_market` readable in plain text), but Ink does; the summary's own
    /// text uses `**` only, so no underscore is ever markup.
    static func inkEscapingUnderscores(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count)
        var backslashes = 0
        for c in markdown {
            if c == "_" && backslashes % 2 == 0 { out.append("\\") }
            backslashes = c == "\\" ? backslashes + 1 : 0
            out.append(c)
        }
        return out
    }
}
