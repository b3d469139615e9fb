package vn.motcua.adapters.admin;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.adapters.AdminAuditTrail;
import vn.motcua.adapters.contract.AuditRecordContracts;

/** The admin audit trail of the in-process store (a file under the data dir) keeps the contract. */
class FileAuditTrailTest {

    @Nested
    class Contract extends AuditRecordContracts.AdminAuditTrailContract {
        @TempDir
        Path dir;

        @Override
        protected AdminAuditTrail open() {
            return reopen();
        }

        @Override
        protected AdminAuditTrail reopen() {
            return new FileAuditTrail(dir.resolve("audit.jsonl"));
        }
    }
}
