/// The tenant page's template (issue 15): the verdict and its trace, declarations with their
/// versions, leases, applications, partnerships, the officer's and admin's forms, and history.
/// A correction of one row (a declaration's year, a partnership, a lease not yet started) is a
/// form folded under the row, opened again with the values kept when it was refused.
extension DashboardTemplates {
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
        {{#correctDeclarationRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/correctDeclarationRefused}}
        {{#hasDeclarations}}<table><thead><tr><th>{{labels.year}}</th><th class="n">{{labels.turnover}}</th>
        <th class="n">{{labels.workers}}</th><th class="n">{{labels.local}}</th><th class="n">{{labels.investment}}</th>
        <th>{{labels.version}}</th></tr></thead><tbody>{{#declarations}}<tr{{#superseded}} class="superseded"{{/superseded}}>
        <td>{{year}}</td><td class="n">{{turnover}}</td><td class="n">{{workers}}</td>
        <td class="n">{{local}}</td><td class="n">{{investment}}</td><td>{{version}}{{#hasNote}} ({{note}}){{/hasNote}}
        {{#mayCorrect}}<details class="correct"{{#open}} open{{/open}}><summary>{{labels.correctDeclaration}}</summary>
        <form method="post" action="{{correctDeclarationAction}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="fiscal_year" value="{{year}}">
          <label>{{labels.turnover}} <input name="turnover" value="{{fields.turnover}}" size="16" required></label>
          <label>{{labels.workers}} <input name="workers" value="{{fields.workers}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.local}} <input name="local_workers" value="{{fields.local}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.investment}} <input name="investment" value="{{fields.investment}}" size="16" required></label>
          <label>{{labels.correctionReason}} <input name="reason" value="{{fields.reason}}" size="30" maxlength="500" required></label>
          <button type="submit">{{labels.correctDeclarationButton}}</button></form></details>{{/mayCorrect}}</td></tr>
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
        {{#hasSubmissions}}<h3>{{labels.submissionsHeading}}</h3>
        {{#decideRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/decideRefused}}
        <table><thead><tr><th>{{labels.year}}</th><th class="n">{{labels.turnover}}</th><th class="n">{{labels.workers}}</th>
        <th class="n">{{labels.local}}</th><th class="n">{{labels.investment}}</th><th>{{labels.sent}}</th>
        <th>{{labels.submissionState}}</th></tr></thead><tbody>
        {{#submissions}}<tr><td>{{year}}</td><td class="n">{{turnover}}</td><td class="n">{{workers}}</td><td class="n">{{local}}</td>
        <td class="n">{{investment}}</td><td>{{sent}}</td><td>{{state}}{{#mayDecide}}
          <form method="post" action="{{acceptAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <button type="submit">{{labels.acceptButton}}</button></form>
          <form method="post" action="{{refuseAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.refuseReason}} <input name="reason" size="24" maxlength="500" required></label>
          <button type="submit">{{labels.refuseButton}}</button></form>{{/mayDecide}}</td></tr>{{/submissions}}
        </tbody></table>{{/hasSubmissions}}
        {{#maySubmit}}<h3>{{labels.submitHeading}}</h3><p>{{labels.submitHelp}}</p>
        {{#submitRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/submitRefused}}
        <form method="post" action="{{submitAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.year}} <input name="fiscal_year" value="{{submit.year}}" size="5" inputmode="numeric" required></label>
          <label>{{labels.turnover}} <input name="turnover" value="{{submit.turnover}}" size="16" placeholder="12 miliar" required></label>
          <label>{{labels.workers}} <input name="workers" value="{{submit.workers}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.local}} <input name="local_workers" value="{{submit.local}}" size="4" inputmode="numeric" required></label>
          <label>{{labels.investment}} <input name="investment" value="{{submit.investment}}" size="16" required></label>
          <button type="submit">{{labels.submitButton}}</button>
        </form>{{/maySubmit}}
        {{> tenantDocuments}}
        <h2>{{labels.leases}}</h2>
        {{^leases}}<p class="empty">{{labels.none}}</p>{{/leases}}
        {{#rescheduleRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/rescheduleRefused}}
        {{#leaseRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/leaseRefused}}
        {{#hasLeases}}<table><thead><tr><th>{{labels.plot}}</th><th>{{labels.start}}</th><th>{{labels.end}}</th>
        <th>{{labels.state}}</th>{{#mayEndLeases}}<th></th>{{/mayEndLeases}}</tr></thead><tbody>{{#leases}}<tr><td>{{plot}}</td>
        <td>{{start}}</td><td>{{end}}</td><td>{{state}}</td>{{#mayEndLeases}}<td>{{#mayEnd}}
        <form method="post" action="{{endingAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <select name="kind"><option value="end">{{labels.endLease}}</option><option value="terminate">{{labels.terminateLease}}</option></select>
          <label>{{labels.leaseOn}} <input type="date" name="on" value="{{today}}" required></label>
          <label>{{labels.leaseReason}} <input name="reason" size="18" maxlength="500"></label>
          <button type="submit">{{labels.leaseNext}}</button></form>{{/mayEnd}}
        {{#mayReschedule}}<details class="correct"{{#open}} open{{/open}}><summary>{{labels.reschedule}}</summary>
        <form method="post" action="{{rescheduleAction}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="plot" value="{{plot}}"><input type="hidden" name="start" value="{{startISO}}">
          <label>{{labels.newStart}} <input type="date" name="new_start" value="{{fields.newStart}}"></label>
          <label>{{labels.newEnd}} <input type="date" name="end" value="{{fields.end}}"></label>
          <label><input type="checkbox" name="open_end" value="yes"{{#fields.openEnd}} checked{{/fields.openEnd}}> {{labels.openEnd}}</label>
          <button type="submit">{{labels.rescheduleButton}}</button></form></details>{{/mayReschedule}}</td>{{/mayEndLeases}}</tr>{{/leases}}
        </tbody></table>{{/hasLeases}}
        <h2 id="statement">{{labels.statement}}</h2>
        {{^hasStatement}}<p class="empty">{{labels.none}}</p>{{/hasStatement}}
        {{#hasStatement}}<table><thead><tr><th>{{labels.statementDate}}</th><th>{{labels.statementKind}}</th>
        <th>{{labels.statementReference}}</th><th>{{labels.debit}}</th><th>{{labels.credit}}</th><th>{{labels.balance}}</th>
        </tr></thead><tbody>{{#statement}}<tr><td>{{date}}</td><td>{{kind}}</td><td>{{#hasLink}}<a href="{{link}}">{{reference}}</a>{{/hasLink}}{{^hasLink}}{{reference}}{{/hasLink}}</td>
        <td class="number">{{debit}}</td><td class="number">{{credit}}</td><td class="number">{{balance}}</td></tr>{{/statement}}
        </tbody></table><p>{{statementClosing}}</p>{{/hasStatement}}
        <h2 id="applications">{{labels.applications}}</h2>
        {{#reconfirmRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/reconfirmRefused}}
        {{#withdrawRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/withdrawRefused}}
        {{^applications}}<p class="empty">{{labels.none}}</p>{{/applications}}
        {{#hasApplications}}<table><thead><tr><th>{{labels.submitted}}</th><th>{{labels.area}}</th><th>{{labels.phase}}</th>
        <th>{{labels.state}}</th><th>{{labels.detail}}</th>{{#mayApply}}<th></th>{{/mayApply}}</tr></thead><tbody>{{/hasApplications}}
        {{#applications}}<tr><td>{{submitted}}</td><td>{{area}}</td><td>{{phase}}</td><td>{{state}}</td><td>{{detail}}</td>
        {{#mayApply}}<td>{{#active}}<form method="post" action="{{reconfirmAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="on" value="{{today}}">
          <button type="submit">{{labels.reconfirm}}</button></form>
          <form method="post" action="{{withdrawAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="submitted_on" value="{{submittedISO}}">
          <label>{{labels.withdrawReason}} <input name="reason" value="{{withdrawReasonValue}}" size="24" maxlength="500" required></label>
          {{^maySubmit}}<label>{{labels.on}} <input type="date" name="on" value="{{today}}" required></label>{{/maySubmit}}
          {{#maySubmit}}<input type="hidden" name="on" value="{{today}}">{{/maySubmit}}
          <button type="submit">{{labels.withdraw}}</button></form>{{/active}}</td>{{/mayApply}}</tr>{{/applications}}
        {{#hasApplications}}</tbody></table>{{/hasApplications}}
        {{#mayApply}}<h3>{{labels.applyHeading}}</h3>
        {{#applyRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/applyRefused}}
        <form method="post" action="{{applyAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.minArea}} <input name="min_area_m2" value="{{apply.min}}" size="6" required></label>
          <label>{{labels.maxArea}} <input name="max_area_m2" value="{{apply.max}}" size="6" required></label>
          <label>{{labels.phase}} <input name="phase" value="{{apply.phase}}" size="16" placeholder="{{labels.anyPhase}}"></label>
          {{^maySubmit}}<label>{{labels.submitted}} <input type="date" name="submitted_on" value="{{apply.submitted}}" required></label>{{/maySubmit}}
          <button type="submit">{{labels.applyButton}}</button>
        </form>{{/mayApply}}
        <h2 id="partnerships">{{labels.partnerships}}</h2>
        {{#correctPartnershipRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/correctPartnershipRefused}}
        {{#endRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/endRefused}}
        {{^partnerships}}<p class="empty">{{labels.none}}</p>{{/partnerships}}
        {{#hasPartnerships}}<table><thead><tr><th>{{labels.partner}}</th><th>{{labels.product}}</th><th>{{labels.since}}</th>
        <th>{{labels.ended}}</th><th>{{labels.inForce}}</th><th>{{labels.terms}}</th>{{#mayEdit}}<th></th>{{/mayEdit}}</tr></thead><tbody>
        {{#partnerships}}<tr><td>{{partner}}</td><td>{{product}}</td><td>{{since}}</td><td>{{ended}}</td><td>{{inForce}}</td><td>{{terms}}</td>
        {{#mayEdit}}<td>{{#mayEnd}}<form method="post" action="{{endAction}}" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="partner" value="{{partner}}">
          <input type="hidden" name="product" value="{{product}}">
          <label>{{labels.endOn}} <input type="date" name="on" value="{{today}}" required></label>
          <button type="submit">{{labels.endButton}}</button></form>{{/mayEnd}}
        <details class="correct"{{#open}} open{{/open}}><summary>{{labels.correctPartnership}}</summary>
        <form method="post" action="{{partnershipCorrectAction}}"><input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="partner" value="{{partner}}"><input type="hidden" name="product" value="{{product}}">
          <label>{{labels.partner}} <input name="new_partner" value="{{fields.partner}}" maxlength="200" required></label>
          <label>{{labels.product}} <input name="new_product" value="{{fields.product}}" maxlength="200" required></label>
          <label>{{labels.since}} <input type="date" name="since" value="{{fields.since}}" required></label>
          <label>{{labels.ended}} <input type="date" name="ended_on" value="{{fields.ended}}"></label>
          <button type="submit">{{labels.correctPartnershipButton}}</button></form></details></td>{{/mayEdit}}</tr>{{/partnerships}}
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
}

extension DashboardTemplates {
    /// The tenant page's documents (issue 17, item 3): each with its file to download and, for an
    /// officer, the decision on a waiting one; the upload form (the one `multipart/form-data`
    /// form, with the session's CSRF value as its first field).
    static let tenantDocuments = """
        <h2>{{labels.documents}}</h2>
        {{^hasDocuments}}<p class="empty">{{labels.none}}</p>{{/hasDocuments}}
        {{#decideDocumentRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/decideDocumentRefused}}
        {{#hasDocuments}}<table><thead><tr><th>{{labels.documentKind}}</th><th>{{labels.documentNumber}}</th>
        <th>{{labels.validUntil}}</th><th>{{labels.documentFile}}</th><th>{{labels.uploaded}}</th><th>{{labels.submissionState}}</th>
        </tr></thead><tbody>{{#documents}}<tr><td>{{kind}}</td><td>{{number}}</td><td>{{validUntil}}</td>
        <td><a href="{{download}}">{{labels.download}}</a> ({{file}})</td><td>{{uploaded}}</td><td>{{state}}{{#mayDecide}}
          <form method="post" action="{{acceptAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <button type="submit">{{labels.acceptButton}}</button></form>
          <form method="post" action="{{refuseAction}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.refuseReason}} <input name="reason" size="24" maxlength="500" required></label>
          <button type="submit">{{labels.refuseButton}}</button></form>{{/mayDecide}}</td></tr>{{/documents}}
        </tbody></table>{{/hasDocuments}}
        {{#mayApply}}<h3>{{labels.uploadHeading}}</h3><p>{{labels.uploadHelp}}</p>
        {{#uploadRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/uploadRefused}}
        <form method="post" action="{{uploadAction}}" enctype="multipart/form-data">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.documentKind}} <select name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/kinds}}</select></label>
          <label>{{labels.documentNumber}} <input name="number" value="{{upload.number}}" size="20" maxlength="100" required></label>
          <label>{{labels.validUntil}} <input type="date" name="valid_until" value="{{upload.validUntil}}"></label>
          <label>{{labels.documentFile}} <input type="file" name="file" accept="application/pdf,image/jpeg,image/png" required></label>
          <button type="submit">{{labels.uploadButton}}</button>
        </form>{{/mayApply}}
        {{#mayApply}}<h2>{{labels.mailHeading}}</h2><p>{{labels.mailHelp}}</p>
        {{#mailRefused}}<p class="error" role="alert"><strong>{{labels.refused}}:</strong> {{refusal}}</p>{{/mailRefused}}
        <form method="post" action="{{mailAction}}">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label>{{labels.mailEmail}} <input type="email" name="email" value="{{mailEmail}}" size="30" maxlength="254" required></label>
          <label>{{labels.mailLanguage}} <select name="language"><option value="id">Bahasa Indonesia</option>
            <option value="en"{{#mailIsEnglish}} selected{{/mailIsEnglish}}>English</option></select></label>
          {{#mailKinds}}<label><input type="checkbox" name="want_{{value}}"{{#wanted}} checked{{/wanted}}> {{name}}</label>
          {{/mailKinds}}<button type="submit">{{labels.mailButton}}</button>
        </form>{{/mayApply}}
        """
}
