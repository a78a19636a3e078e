import EstateDomain
import NIOCore
import PostgresNIO

/// A calendar date bound as PostgreSQL's own `date` (days since 2000-01-01, binary), so that a
/// comparison with a date column needs no per-row cast from text.
struct PostgresDate: PostgresNonThrowingEncodable {
    let date: CivilDate

    static var psqlType: PostgresDataType { .date }
    static var psqlFormat: PostgresFormat { .binary }

    /// 2000-01-01, PostgreSQL's epoch for dates.
    static let epochDays = CivilDate(year: 2000, month: 1, day: 1)!.daysSinceEpoch

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger(Int32(date.daysSinceEpoch - Self.epochDays), as: Int32.self)
    }
}
