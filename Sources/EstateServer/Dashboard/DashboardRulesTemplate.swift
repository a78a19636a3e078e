/// The Mustache template of the dashboard's rules page: the stored versions, the difference
/// between two of them, and a draft's simulation (a form: the draft's JSON, a day, CSRF).
extension DashboardTemplates {
    static let rules = """
        <header><p class="estate">{{estate}}</p><h1>{{labels.heading}}</h1><p class="provenance">{{provenance}}</p></header>
        <table><thead><tr><th>{{labels.version}}</th><th>{{labels.book}}</th><th>{{labels.effective}}</th>
        <th class="n">{{labels.rules}}</th><th>{{labels.inForce}}</th><th>{{labels.title}}</th></tr></thead><tbody>
        {{#versions}}<tr><td>{{version}}</td><td>{{book}}</td><td>{{effective}}</td><td class="n">{{rules}}</td>
        <td>{{#inForce}}<strong>{{labels.yes}}</strong>{{/inForce}}</td><td>{{title}}</td></tr>{{/versions}}</tbody></table>
        <h2 id="diff">{{labels.diffHeading}}</h2>
        <form method="get" action="{{rulesAction}}#diff">
          {{#estateCode}}<input type="hidden" name="estate" value="{{estateCode}}">{{/estateCode}}
          <label>{{labels.from}} <select name="from">{{#fromChoices}}<option{{#selected}} selected{{/selected}}>{{version}}</option>{{/fromChoices}}</select></label>
          <label>{{labels.to}} <select name="to">{{#toChoices}}<option{{#selected}} selected{{/selected}}>{{version}}</option>{{/toChoices}}</select></label>
          <button type="submit">{{labels.compare}}</button>
        </form>
        {{#hasDiff}}<table><thead><tr><th>{{labels.parameter}}</th><th>{{from}}</th><th>{{to}}</th></tr></thead><tbody>
        {{#differences}}<tr><td>{{parameter}}</td><td>{{before}}</td><td>{{after}}</td></tr>{{/differences}}</tbody></table>{{/hasDiff}}
        {{#noDiff}}<p class="empty">{{noDiffText}}</p>{{/noDiff}}
        <h2 id="simulate">{{labels.simulateHeading}}</h2>
        <p>{{labels.simulateHelp}}</p>
        {{#hasErrors}}<div class="error" role="alert"><p>{{labels.errors}}</p><ul>{{#errors}}<li>{{.}}</li>{{/errors}}</ul></div>{{/hasErrors}}
        <form method="post" action="{{simulateAction}}#simulate">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <p><label for="draft">{{labels.draft}}</label><br>
          <textarea id="draft" name="draft" rows="10" cols="100" required>{{draft}}</textarea></p>
          <p><label for="as_of">{{labels.asOf}}</label> <input id="as_of" name="as_of" value="{{asOf}}" placeholder="2027-01-01">
          <button type="submit">{{labels.simulate}}</button></p>
        </form>
        {{#hasSimulation}}<p><strong>{{simulationSummary}}</strong></p>
        {{#hasChanges}}<table><thead><tr><th>{{labels.firm}}</th><th>{{labels.standing}}</th><th>{{labels.verdict}}</th>
        <th>{{labels.sizeClass}}</th><th>{{labels.failed}}</th></tr></thead><tbody>
        {{#changes}}<tr><td>{{name}}<br><small>NIB {{nib}}</small></td><td>{{standing}}</td><td>{{verdict}}</td><td>{{sizeClass}}</td>
        <td>{{#failed}}{{.}}<br>{{/failed}}</td></tr>{{/changes}}</tbody></table>{{/hasChanges}}{{/hasSimulation}}
        """
}
