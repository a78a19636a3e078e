import EstateDomain
import EstateStore
import Hummingbird

/// How a route serves a firm's own account (the `tenant` role, issue 17). The route table says
/// it for every route; a route that says nothing refuses tenants, so a new route is closed to
/// them until someone decides otherwise.
public enum TenantAccess: String, Sendable, Hashable {
    /// Refused (403): staff work, or an answer about every firm.
    case refused
    /// The path's `{nib}` must be one of the token's firms. Any other NIB, a firm that exists or
    /// one that does not, gets the same 404, so the answer tells nothing of other firms.
    case ownFirm = "own-firm"
    /// The handler keeps its answer to the caller's firms (`Caller.mayView(firm:)`): a list is
    /// filtered, a record another firm's is answered as if it did not exist; or the answer holds
    /// no firm's data at all (the rules, the public summary).
    case filtered

    /// Lets a tenant's request through, or refuses it, before the handler runs.
    static func check(_ route: RouteSpec, caller: Caller, context: EstateRequestContext) throws {
        switch route.tenant {
        case .refused:
            throw Problem(
                .forbidden,
                "Akun perusahaan \(caller.tokenName) tidak dapat memakai ini; hubungi pengurus asosiasi.",
                "The firm account \(caller.tokenName) cannot use this; ask the association's officers.")
        case .filtered:
            return
        case .ownFirm:
            try context.requireOwn(firm: try ReadRoutes.nib(context))
        }
    }
}

extension EstateRequestContext {
    /// Refuses, as not found, a firm the caller may not see (for a tenant: not one of its own),
    /// in the same words whether the firm exists or not.
    func requireOwn(firm nib: NIB) throws {
        guard caller?.mayView(firm: nib) ?? true else { throw Problem.notOwnFirm(nib) }
    }

    /// The day a write takes effect, as the caller may set it: staff record any day (a form
    /// handed in late), but a firm's account acts today only, so that it cannot move its place in
    /// the waitlist by backdating an application or keep one fresh by dating a reconfirmation
    /// ahead (422 naming the field otherwise).
    func firmsDay(_ day: CivilDate, field: String) throws -> CivilDate {
        let today = CivilDate.todayInBekasi
        guard caller?.role == .tenant, day != today else { return day }
        throw Problem(
            input: InputError(
                field: field, value: day.iso, problem: "is not today (\(today.iso)); a firm's account acts on the day it sends",
                fix: "Leave \(field) out or give today's date; an officer records an earlier day.",
                masalah: "bukan hari ini (\(today.iso)); akun perusahaan bertindak pada hari pengiriman",
                perbaikan: "Kosongkan \(field) atau isi tanggal hari ini; tanggal lain dicatat oleh pengurus."))
    }

    /// The firms the caller may see: nil for staff (every firm), a tenant's own otherwise.
    var visibleFirms: Set<NIB>? { caller?.firms }
}

extension Problem {
    /// A firm outside a tenant's own: 404, never saying whether the firm exists.
    static func notOwnFirm(_ nib: NIB) -> Problem {
        Problem(
            .notFound, "Tidak ada perusahaan dengan NIB \(nib.digits) di antara perusahaan akun ini.",
            "There is no firm with NIB \(nib.digits) among this account's firms.")
    }
}

extension Sequence {
    /// The elements about a firm the caller may see (`nib` reads an element's firm).
    func visible(to context: EstateRequestContext, _ nib: (Element) -> NIB) -> [Element] {
        filter { context.caller?.mayView(firm: nib($0)) ?? true }
    }

    /// The same for views that name their firm by its NIB's digits (nil: no firm, kept only
    /// for staff).
    func visible(to context: EstateRequestContext, digits: (Element) -> String?) -> [Element] {
        guard let firms = context.visibleFirms else { return Array(self) }
        let own = Set(firms.map(\.digits))
        return filter { digits($0).map(own.contains) ?? false }
    }
}
