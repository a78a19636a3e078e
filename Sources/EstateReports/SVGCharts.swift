import EstateDomain

/// Charts drawn as inline SVG text, so that a report is one file that prints the same
/// everywhere. Geometry uses floating point only to place shapes; figures come from the exact
/// values in the captions.
enum SVGCharts {
    static let partColour = "#2f6f9f"
    static let restColour = "#d6e2ec"

    /// Horizontal bars with a legend; each bar's filled part is `part` of `whole`.
    static func bars(_ chart: BarChart) -> String {
        let width = 520.0
        let labelWidth = 140.0
        let barWidth = 150.0
        let rowHeight = 24.0
        let top = 46.0
        let height = top + rowHeight * Double(max(chart.bars.count, 1)) + 10
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(n(width))\" height=\"\(n(height))\" "
                + "viewBox=\"0 0 \(n(width)) \(n(height))\" aria-label=\"\(e(chart.title))\">",
            "<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"600\">\(e(chart.title))</text>",
            legend(x: 10, y: 34, colour: partColour, text: chart.partLegend),
        ]
        if let rest = chart.restLegend { svg.append(legend(x: 200, y: 34, colour: restColour, text: rest)) }
        let largest = max(chart.bars.map(\.whole).max() ?? 1, 1)
        if chart.bars.isEmpty {
            svg.append("<text x=\"10\" y=\"\(n(top + 16))\" font-size=\"12\" fill=\"#55606c\">–</text>")
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let scale = chart.eachToWhole ? max(bar.whole, 1) : largest
            let wholeWidth = chart.eachToWhole ? barWidth : barWidth * Double(bar.whole) / Double(scale)
            let partWidth = barWidth * Double(min(bar.part, bar.whole)) / Double(scale)
            svg.append(
                "<text x=\"10\" y=\"\(n(y + 15))\" font-size=\"11\">\(e(shortened(bar.label, to: 21)))</text>")
            svg.append(
                "<rect x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(wholeWidth))\" height=\"16\" "
                    + "fill=\"\(restColour)\"/>")
            svg.append(
                "<rect class=\"part\" x=\"\(n(labelWidth))\" y=\"\(n(y + 3))\" width=\"\(n(partWidth))\" height=\"16\" "
                    + "fill=\"\(partColour)\"><title>\(e(bar.label)): \(e(bar.caption))</title></rect>")
            svg.append(
                "<text x=\"\(n(labelWidth + barWidth + 8))\" y=\"\(n(y + 15))\" font-size=\"11\">"
                    + "\(e(bar.caption))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    static func colour(_ status: PlotStatus) -> String {
        switch status {
        case .leased: partColour
        case .vacant: "#f2b134"
        case .planned: "#e4e4e4"
        case .withdrawn: "#9a9a9a"
        }
    }

    /// Phase boundaries dashed, plots filled by status with their code; north up (y grows up).
    static func sitePlan(_ plan: SitePlan) -> String {
        let points = plan.phases.flatMap(\.boundary.vertices) + plan.plots.flatMap(\.outline.vertices)
        let minX = Double(points.map(\.x).min() ?? 0)
        let maxX = Double(points.map(\.x).max() ?? 1)
        let minY = Double(points.map(\.y).min() ?? 0)
        let maxY = Double(points.map(\.y).max() ?? 1)
        let drawWidth = 940.0
        let scale = drawWidth / max(maxX - minX, 1)
        let drawHeight = min((maxY - minY) * scale, 700)
        let fitted = min(scale, drawHeight / max(maxY - minY, 1))
        let top = 66.0
        let left = 10.0
        let height = top + (maxY - minY) * fitted + 20
        func x(_ p: PlanPoint) -> Double { left + (Double(p.x) - minX) * fitted }
        func y(_ p: PlanPoint) -> Double { top + (maxY - Double(p.y)) * fitted }
        func path(_ polygon: PlanPolygon) -> String {
            polygon.vertices.map { "\(n(x($0))),\(n(y($0)))" }.joined(separator: " ")
        }
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"site-plan\" width=\"960\" "
                + "height=\"\(n(height))\" viewBox=\"0 0 960 \(n(height))\" aria-label=\"\(e(plan.title))\">",
            "<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"600\">\(e(plan.title))</text>",
        ]
        for (index, status) in PlotStatus.allCases.enumerated() {
            svg.append(
                legend(x: 10 + 120 * Double(index), y: 36, colour: colour(status), text: status.name(plan.language))
            )
        }
        for phase in plan.phases {
            svg.append(
                "<polygon class=\"phase\" points=\"\(path(phase.boundary))\" fill=\"none\" stroke=\"#55606c\" "
                    + "stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/>")
            let topLeft = phase.boundary.vertices.min { ($0.y, -$0.x) > ($1.y, -$1.x) }!
            svg.append(
                "<text x=\"\(n(x(topLeft)))\" y=\"\(n(y(topLeft) - 5))\" font-size=\"11\" fill=\"#55606c\">"
                    + "\(e(phase.name))</text>")
        }
        for plot in plan.plots {
            let shape =
                "<polygon class=\"plot\" data-code=\"\(e(plot.code))\" data-status=\"\(plot.status.rawValue)\" "
                + "points=\"\(path(plot.outline))\" fill=\"\(colour(plot.status))\" stroke=\"#ffffff\" "
                + "stroke-width=\"1\"><title>\(e(plot.tooltip))</title></polygon>"
            svg.append(plot.link.map { "<a href=\"\(e($0))\">\(shape)</a>" } ?? shape)
            let count = Double(plot.outline.vertices.count)
            let cx = plot.outline.vertices.map(x).reduce(0, +) / count
            let cy = plot.outline.vertices.map(y).reduce(0, +) / count
            let ink = plot.status == .leased ? "#ffffff" : "#1d2733"
            svg.append(
                "<text x=\"\(n(cx))\" y=\"\(n(cy + 4))\" font-size=\"10\" text-anchor=\"middle\" fill=\"\(ink)\" "
                    + "pointer-events=\"none\">\(e(plot.code))</text>")
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    private static func legend(x: Double, y: Double, colour: String, text: String) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y - 9))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>"
            + "<text x=\"\(n(x + 14))\" y=\"\(n(y))\" font-size=\"11\">\(e(text))</text>"
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// A coordinate with at most one decimal, the same on every platform.
    private static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    private static func e(_ text: String) -> String { ReportHTMLRenderer.escaped(text) }
}
