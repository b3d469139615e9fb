package vn.motcua.adapters.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of national records: the page sends the files (with an upload progress bar), the records
 * are imported in one go and the page shows what was added, changed and rejected.
 */
@Controller
class ImportPages {
    private final ObjectProvider<RecordImport> importer;
    private final AuditLog audit;

    ImportPages(ObjectProvider<RecordImport> importer, AuditLog audit) {
        this.importer = importer;
        this.audit = audit;
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        model.addAttribute("available", importer.getIfAvailable() != null);
        return "admin/import";
    }

    @PostMapping(path = "/admin/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> upload(@RequestParam("files") List<MultipartFile> files, Principal who) {
        RecordImport recordImport = importer.getIfAvailable();
        if (recordImport == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new RecordImport.Rejected("", "", "Bản cài đặt này chưa có chức năng nhập dữ liệu."));
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("motcua-import");
            List<Path> paths = new ArrayList<>();
            int i = 0;
            for (MultipartFile file : files) {
                // keep the uploaded name for the report, inside our own folder whatever it says
                String name = Path.of(String.valueOf(file.getOriginalFilename())).getFileName().toString();
                Path target = folder.resolve((i++) + "-" + (name.isBlank() ? "records.json" : name));
                file.transferTo(target);
                paths.add(target);
            }
            RecordImport.Summary summary = recordImport.run(paths, who.getName());
            audit.record(who.getName(), "import", files.size() + " file(s)", "added " + summary.added().size()
                    + ", changed " + summary.changed().size() + ", rejected " + summary.rejected().size());
            return ResponseEntity.ok(summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded records", e);
        } finally {
            if (folder != null) {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
