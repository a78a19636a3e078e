/// The Mustache templates of the record pages' second steps and of the plot page.
extension DashboardTemplates {
    /// The page that asks an admin to confirm ending or terminating a lease: what will happen,
    /// and a form that repeats the request with the CSRF value and `confirmed=yes`.
    static let confirmLease = """
        <header><p class="estate">{{estate}}</p><h1>{{heading}}</h1><p class="provenance">{{name}} · NIB {{nib}}</p></header>
        <p class="error" role="alert">{{question}}</p>
        <p>{{consequence}}</p>
        <form method="post" action="{{confirmAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="{{kind}}">
          <input type="hidden" name="on" value="{{on}}"><input type="hidden" name="reason" value="{{reason}}">
          <input type="hidden" name="confirmed" value="yes">
          <p><button type="submit">{{confirm}}</button> <a href="{{back}}">{{cancel}}</a></p>
        </form>
        """

    /// The plot page: measures, status, leases, history, and an admin's two forms.
    static let plot = """
        <header><p class="estate">{{estate}}</p><h1>{{labels.plot}} {{code}}</h1>
        <p class="provenance">{{labels.phase}} {{phase}} · {{area}} · {{labels.status}}: {{status}} {{withdrawn}}</p></header>
        <p>{{labels.outline}}: {{outline}}</p>
        <h2>{{labels.leases}}</h2>
        {{^hasLeases}}<p class="empty">{{labels.none}}</p>{{/hasLeases}}
        {{#hasLeases}}<table><thead><tr><th>{{labels.tenant}}</th><th>{{labels.start}}</th><th>{{labels.end}}</th>
        <th>{{labels.state}}</th></tr></thead><tbody>{{#leases}}<tr><td><a href="{{link}}">{{tenant}}</a></td><td>{{start}}</td>
        <td>{{end}}</td><td>{{state}}</td></tr>{{/leases}}</tbody></table>{{/hasLeases}}
        {{#mayCorrect}}<h2 id="correction">{{labels.correctHeading}}</h2>
        {{#correctRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/correctRefused}}
        <form method="post" action="{{correctAction}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.areaM2}} <input name="area_m2" value="{{areaValue}}" size="8" required></label>
          <label>{{labels.polygon}} <input name="polygon" value="{{polygonValue}}" size="40"></label>
          <button type="submit">{{labels.correct}}</button></form>{{/mayCorrect}}
        {{#mayWithdraw}}<h2 id="withdrawal">{{labels.withdrawHeading}}</h2>
        {{#withdrawRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/withdrawRefused}}
        <form method="post" action="{{withdrawAction}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.from}} <input type="date" name="on" value="{{today}}" required></label>
          <button type="submit">{{labels.withdraw}}</button></form>{{/mayWithdraw}}
        {{> history}}
        """

    /// The page to add a firm: its identifiers, name, KBLI codes, address and contact.
    static let newFirm = """
        <header><h1>{{labels.heading}}</h1></header>
        {{#refusal}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/refusal}}
        <form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <p><label>NIB <input name="nib" value="{{nib}}" size="16" required></label>
          <label>{{labels.name}} <input name="name" value="{{name}}" size="40" maxlength="200" required></label></p>
          <p><label>NPWP <input name="npwp" value="{{npwp}}" size="22" required></label>
          <label>{{labels.kbli}} <input name="kbli" value="{{kbli}}" size="18" placeholder="25920;25111" required></label></p>
          <p><label>{{labels.address}} <input name="address" value="{{address}}" size="50" maxlength="300"></label>
          <label>{{labels.contact}} <input name="contact" value="{{contact}}" size="30" maxlength="200"></label></p>
          <p><button type="submit">{{labels.add}}</button></p>
        </form>
        """

    /// The history panel of the tenant and plot pages (a partial): the record's audit entries.
    static let history = """
        {{#showHistory}}<h2 id="history">{{labels.history}}</h2>
        {{^hasHistory}}<p class="empty">{{labels.none}}</p>{{/hasHistory}}
        {{#hasHistory}}<table><thead><tr><th>{{labels.at}}</th><th>{{labels.actor}}</th><th>{{labels.action}}</th>
        <th>{{labels.estateColumn}}</th><th>{{labels.record}}</th><th>{{labels.before}}</th><th>{{labels.after}}</th></tr></thead>
        <tbody>{{#history}}<tr><td>{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{estate}}</td><td>{{record}}</td>
        <td>{{before}}</td><td>{{after}}</td></tr>{{/history}}</tbody></table>{{/hasHistory}}{{/showHistory}}
        """
}
