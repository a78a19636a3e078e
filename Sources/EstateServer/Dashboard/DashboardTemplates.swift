import Mustache

/// The dashboard's Mustache templates. `{{x}}` escapes HTML; `{{{x}}}` is used only for HTML
/// this server rendered itself (report fragments, SVG).
enum DashboardTemplates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register(layout, named: "layout")
        try library.register(signIn, named: "signin")
        try library.register(tenant, named: "tenant")
        try library.register(allocation, named: "allocation")
        try library.register(rules, named: "rules")
        try library.register(confirmLease, named: "confirmLease")
        try library.register(plot, named: "plot")
        try library.register(newFirm, named: "newFirm")
        try library.register(history, named: "history")
        return library
    }

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · ClusterEstate</title>
        <style>{{{style}}}
        nav { display: flex; gap: 14px; align-items: center; border-bottom: 1px solid #c9d3dd; padding: 6px 0 8px;
          margin-bottom: 10px; font-size: 13px; }
        nav .spacer { flex: 1; }
        nav form { display: inline; margin: 0; }
        nav a.current, .estates a.current { font-weight: 600; }
        .flash { background: #eaf6ec; border: 1px solid #8cc79a; padding: 8px 10px; border-radius: 4px; }
        .problems { background: #fdecea; border: 1px solid #e0a39b; padding: 8px 10px; border-radius: 4px; }
        .error { background: #fdecea; border: 1px solid #e0a19a; padding: 8px 10px; border-radius: 4px; }
        .downloads a { margin-right: 10px; }
        button { font: inherit; padding: 4px 12px; }
        input[type=password] { width: 32em; font: inherit; }
        textarea { width: 100%; font: 12px monospace; }
        form.inline { display: inline; margin: 0; }
        tr.superseded td { color: #6b7480; text-decoration: line-through; }
        tr.superseded td:last-child { text-decoration: none; }
        form label { margin-right: 10px; }
        input { font: inherit; }
        </style>
        </head>
        <body>
        <nav>
          <a href="{{home}}">{{nav.home}}</a>
          {{#mayAllocate}}<a href="{{allocationLink}}">{{nav.allocation}}</a>{{/mayAllocate}}
          {{#signedIn}}<a href="{{rulesLink}}">{{nav.rules}}</a>{{/signedIn}}
          <span class="spacer"></span>
          <a href="{{langID}}"{{#isID}} class="current"{{/isID}}>Bahasa Indonesia</a>
          <a href="{{langEN}}"{{^isID}} class="current"{{/isID}}>English</a>
          {{#signedIn}}
          <span>{{caller}}</span>
          <form method="post" action="/dashboard/signout"><input type="hidden" name="csrf" value="{{csrf}}">
          <button type="submit">{{nav.signOut}}</button></form>
          {{/signedIn}}
        </nav>
        {{{switcher}}}
        {{#flash}}<p class="flash">{{flash}}</p>{{/flash}}
        {{#hasStoredProblems}}<div class="problems" role="alert"><p>{{storedProblemsHeading}}</p><ul>{{#storedProblems}}<li>{{.}}</li>{{/storedProblems}}</ul></div>{{/hasStoredProblems}}
        {{{content}}}
        <footer>ClusterEstate · Asosiasi IKM Logam · {{provenance}}</footer>
        </body>
        </html>
        """

    static let signIn = """
        <header><h1>{{heading}}</h1></header>
        {{#error}}<p class="error">{{error}}</p>{{/error}}
        <form method="post" action="/dashboard/signin">
          <p><label for="token">{{label}}</label><br>
          <input type="password" id="token" name="token" autocomplete="off" required></p>
          <p><button type="submit">{{button}}</button></p>
        </form>
        <p>{{help}}</p>
        """

    static let tenant = """
        <header><p class="estate">{{estate}}</p><h1>{{name}}</h1>
        <p class="provenance">NIB {{nib}} · NPWP {{npwp}} · KBLI {{kbli}}</p>
        {{#hasReach}}<p class="provenance">{{reach}}</p>{{/hasReach}}</header>
        <h2>{{labels.verdict}}</h2>
        <p><strong>{{verdict}}</strong> ({{labels.ruleSet}} {{ruleSet}}; {{usedDeclaration}})</p>
        {{#hasOverdue}}<p class="error" role="alert"><strong>{{labels.warning}}:</strong> {{overdue}}</p>{{/hasOverdue}}
        <table><thead><tr><th>{{labels.rule}}</th><th>{{labels.result}}</th><th>{{labels.explanation}}</th></tr></thead>
        <tbody>{{#trace}}<tr><td>{{rule}}</td><td>{{result}}</td><td>{{text}}</td></tr>{{/trace}}</tbody></table>
        <h2>{{labels.declarations}}</h2>
        {{^declarations}}<p class="empty">{{labels.none}}</p>{{/declarations}}
        {{#hasDeclarations}}<table><thead><tr><th>{{labels.year}}</th><th class="n">{{labels.turnover}}</th>
        <th class="n">{{labels.workers}}</th><th class="n">{{labels.local}}</th><th class="n">{{labels.investment}}</th>
        <th>{{labels.version}}</th></tr></thead><tbody>{{#declarations}}<tr{{#superseded}} class="superseded"{{/superseded}}>
        <td>{{year}}</td><td class="n">{{turnover}}</td><td class="n">{{workers}}</td>
        <td class="n">{{local}}</td><td class="n">{{investment}}</td><td>{{version}}{{#hasNote}} ({{note}}){{/hasNote}}</td></tr>
        {{/declarations}}</tbody></table>{{/hasDeclarations}}
        {{#mayEdit}}<h3>{{labels.declareHeading}}</h3>
        {{#declareRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/declareRefused}}
        <form method="post" action="{{declareAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.year}} <input name="fiscal_year" value="{{form.year}}" size="5" inputmode="numeric" required></label>
          <label>{{labels.turnover}} <input name="turnover" value="{{form.turnover}}" size="16" placeholder="12 miliar" required></label>
          <label>{{labels.workers}} <input name="workers" value="{{form.workers}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.local}} <input name="local_workers" value="{{form.local}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.investment}} <input name="investment" value="{{form.investment}}" size="16" required></label>
          <label>{{labels.declaredOn}} <input type="date" name="declared_on" value="{{form.declaredOn}}" required></label>
          <button type="submit">{{labels.declareButton}}</button>
        </form>{{/mayEdit}}
        <h2>{{labels.leases}}</h2>
        {{^leases}}<p class="empty">{{labels.none}}</p>{{/leases}}
        {{#leaseRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/leaseRefused}}
        {{#hasLeases}}<table><thead><tr><th>{{labels.plot}}</th><th>{{labels.start}}</th><th>{{labels.end}}</th>
        <th>{{labels.state}}</th>{{#mayEndLeases}}<th></th>{{/mayEndLeases}}</tr></thead><tbody>{{#leases}}<tr><td>{{plot}}</td>
        <td>{{start}}</td><td>{{end}}</td><td>{{state}}</td>{{#mayEndLeases}}<td>{{#mayEnd}}
        <form method="post" action="{{endingAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <select name="kind"><option value="end">{{labels.endLease}}</option><option value="terminate">{{labels.terminateLease}}</option></select>
          <label>{{labels.leaseOn}} <input type="date" name="on" value="{{today}}" required></label>
          <label>{{labels.leaseReason}} <input name="reason" size="18" maxlength="500"></label>
          <button type="submit">{{labels.leaseNext}}</button></form>{{/mayEnd}}</td>{{/mayEndLeases}}</tr>{{/leases}}
        </tbody></table>{{/hasLeases}}
        <h2 id="applications">{{labels.applications}}</h2>
        {{#reconfirmRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/reconfirmRefused}}
        {{#withdrawRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/withdrawRefused}}
        {{^applications}}<p class="empty">{{labels.none}}</p>{{/applications}}
        {{#hasApplications}}<table><thead><tr><th>{{labels.submitted}}</th><th>{{labels.area}}</th><th>{{labels.phase}}</th>
        <th>{{labels.state}}</th><th>{{labels.detail}}</th>{{#mayEdit}}<th></th>{{/mayEdit}}</tr></thead><tbody>{{/hasApplications}}
        {{#applications}}<tr><td>{{submitted}}</td><td>{{area}}</td><td>{{phase}}</td><td>{{state}}</td><td>{{detail}}</td>
        {{#mayEdit}}<td>{{#active}}<form method="post" action="{{reconfirmAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="on" value="{{today}}">
          <button type="submit">{{labels.reconfirm}}</button></form>
          <form method="post" action="{{withdrawAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submitted_on" value="{{submittedISO}}">
          <label>{{labels.withdrawReason}} <input name="reason" size="24" maxlength="500" required></label>
          <label>{{labels.on}} <input type="date" name="on" value="{{today}}" required></label>
          <button type="submit">{{labels.withdraw}}</button></form>{{/active}}</td>{{/mayEdit}}</tr>{{/applications}}
        {{#hasApplications}}</tbody></table>{{/hasApplications}}
        {{#mayEdit}}<h3>{{labels.applyHeading}}</h3>
        {{#applyRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/applyRefused}}
        <form method="post" action="{{applyAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.minArea}} <input name="min_area_m2" value="{{apply.min}}" size="6" required></label>
          <label>{{labels.maxArea}} <input name="max_area_m2" value="{{apply.max}}" size="6" required></label>
          <label>{{labels.phase}} <input name="phase" value="{{apply.phase}}" size="16" placeholder="{{labels.anyPhase}}"></label>
          <label>{{labels.submitted}} <input type="date" name="submitted_on" value="{{apply.submitted}}" required></label>
          <button type="submit">{{labels.applyButton}}</button>
        </form>{{/mayEdit}}
        <h2 id="partnerships">{{labels.partnerships}}</h2>
        {{#endRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/endRefused}}
        {{^partnerships}}<p class="empty">{{labels.none}}</p>{{/partnerships}}
        {{#hasPartnerships}}<table><thead><tr><th>{{labels.partner}}</th><th>{{labels.product}}</th><th>{{labels.since}}</th>
        <th>{{labels.ended}}</th><th>{{labels.inForce}}</th>{{#mayEdit}}<th></th>{{/mayEdit}}</tr></thead><tbody>
        {{#partnerships}}<tr><td>{{partner}}</td><td>{{product}}</td><td>{{since}}</td><td>{{ended}}</td><td>{{inForce}}</td>
        {{#mayEdit}}<td>{{#mayEnd}}<form method="post" action="{{endAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="partner" value="{{partner}}">
          <input type="hidden" name="product" value="{{product}}">
          <label>{{labels.endOn}} <input type="date" name="on" value="{{today}}" required></label>
          <button type="submit">{{labels.endButton}}</button></form>{{/mayEnd}}</td>{{/mayEdit}}</tr>{{/partnerships}}
        </tbody></table>{{/hasPartnerships}}
        {{#mayEdit}}<h3>{{labels.addHeading}}</h3>
        {{#addRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/addRefused}}
        <form method="post" action="{{addAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.partner}} <input name="partner" value="{{addPartner}}" maxlength="200" required></label>
          <label>{{labels.product}} <input name="product" value="{{addProduct}}" maxlength="200" required></label>
          <label>{{labels.since}} <input type="date" name="since" value="{{addSince}}" required></label>
          <button type="submit">{{labels.addButton}}</button>
        </form>{{/mayEdit}}
        {{#mayEdit}}<h2 id="correction">{{labels.correctHeading}}</h2>
        {{#correctRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/correctRefused}}
        <form method="post" action="{{correctAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label>{{labels.name}} <input name="name" value="{{form.name}}" size="40" maxlength="200"></label>
          <label>{{labels.npwp}} <input name="npwp" value="{{form.npwp}}" size="20"></label>
          <label>{{labels.kbli}} <input name="kbli" value="{{form.kbli}}" size="18"></label></p>
          <p><label>{{labels.address}} <input name="address" value="{{form.address}}" size="50" maxlength="300"></label>
          <label>{{labels.contact}} <input name="contact" value="{{form.contact}}" size="30" maxlength="200"></label></p>
          <p><button type="submit">{{labels.correctButton}}</button> {{labels.correctHelp}}</p>
        </form>{{/mayEdit}}
        {{> history}}
        """

    static let allocation = """
        <header><p class="estate">{{estate}}</p><h1>{{heading}}</h1><p class="provenance">{{provenance}}</p></header>
        <h2>{{labels.assignments}}</h2>
        {{^assignments}}<p class="empty">{{labels.noAssignment}}</p>{{/assignments}}
        {{#hasAssignments}}<table><thead><tr><th class="n">#</th><th>{{labels.firm}}</th><th>{{labels.plot}}</th>
        <th class="n">{{labels.area}}</th><th>{{labels.reason}}</th></tr></thead><tbody>
        {{#assignments}}<tr><td class="n">{{rank}}</td><td>{{name}}</td><td>{{plot}}</td><td class="n">{{area}}</td>
        <td>{{reason}}</td></tr>{{/assignments}}</tbody></table>{{/hasAssignments}}
        <h2>{{labels.unassigned}}</h2>
        {{^unassigned}}<p class="empty">{{labels.none}}</p>{{/unassigned}}
        {{#hasUnassigned}}<table><thead><tr><th class="n">#</th><th>{{labels.firm}}</th><th>{{labels.reason}}</th></tr></thead>
        <tbody>{{#unassigned}}<tr><td class="n">{{rank}}</td><td>{{name}}</td><td>{{reason}}</td></tr>{{/unassigned}}
        </tbody></table>{{/hasUnassigned}}
        {{#canCommit}}
        <form method="post" action="{{commitAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="policy" value="{{policy}}">
          <input type="hidden" name="as_of" value="{{asOf}}">
          <input type="hidden" name="idempotency_key" value="{{idempotencyKey}}">
          <input type="hidden" name="assignments" value="{{assignmentsValue}}">
          <p><button type="submit">{{labels.commit}}</button> {{labels.commitHelp}}</p>
        </form>
        {{/canCommit}}
        {{#mayNotCommit}}<p class="empty">{{labels.adminOnly}}</p>{{/mayNotCommit}}
        """
}
