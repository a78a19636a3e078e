import Mustache

/// The dashboard's Mustache templates. `{{x}}` escapes HTML; `{{{x}}}` is used only for HTML
/// this server rendered itself (report fragments, SVG).
enum DashboardTemplates {
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register(layout, named: "layout")
        try library.register(signIn, named: "signin")
        try library.register(tenant, named: "tenant")
        try library.register(tenantDocuments, named: "tenantDocuments")
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
        details.correct summary { cursor: pointer; color: #1a4d8f; } details.correct form { margin: .4em 0; }
        tr.superseded td { color: #6b7480; text-decoration: line-through; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.code { white-space: nowrap; }
        tr.superseded td:last-child { text-decoration: none; }
        form label { margin-right: 10px; }
        input { font: inherit; }
        </style>
        </head>
        <body>
        <nav>
          <a href="{{home}}">{{nav.home}}</a>
          {{#mayAllocate}}<a href="{{allocationLink}}">{{nav.allocation}}</a>{{/mayAllocate}}
          {{#isStaff}}<a href="{{rulesLink}}">{{nav.rules}}</a>{{/isStaff}}
          {{#isStaff}}<a href="{{moneyLink}}">{{nav.money}}</a>{{/isStaff}}
          {{#mayForum}}<a href="{{forumLink}}">{{nav.forum}}</a>{{/mayForum}}
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
          <input type="hidden" name="signin_csrf" value="{{signInCSRF}}">
          <p><label for="login">{{loginLabel}}</label><br>
          <input id="login" name="login" value="{{login}}" autocomplete="username" autocapitalize="none" size="30"></p>
          <p><label for="password">{{passwordLabel}}</label><br>
          <input type="password" id="password" name="password" autocomplete="current-password" size="30"></p>
          <p>{{orToken}}</p>
          <p><label for="token">{{label}}</label><br>
          <input type="password" id="token" name="token" autocomplete="off" size="30"></p>
          <p><button type="submit">{{button}}</button></p>
        </form>
        <p>{{help}}</p>
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
