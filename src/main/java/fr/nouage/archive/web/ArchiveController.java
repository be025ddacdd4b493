package fr.nouage.archive.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.PageContext;
import fr.nouage.archive.ArchiveRefusedException;
import fr.nouage.archive.TerritoryArchives;

/**
 * Territory archives: the download of a territory's archive (admin and coordinator, as security
 * configures) and the admin page that imports one.
 */
@Controller
class ArchiveController {

    private final TerritoryArchives archives;

    ArchiveController(TerritoryArchives archives) {
        this.archives = archives;
    }

    @GetMapping("/admin/territoires/{siren}/archive.zip")
    void export(@PathVariable String siren, HttpServletResponse response) throws IOException {
        if (!siren.matches("[0-9]{9}") || !archives.holds(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // written to a file first, so that no database connection waits on a slow download
        Path file = Files.createTempFile("nouage-archive-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                archives.export(siren, out);
            } catch (ArchiveRefusedException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"nouage-" + siren + "-"
                    + LocalDate.now(PARIS) + ".zip\"");
            response.setContentLengthLong(Files.size(file));
            Files.copy(file, response.getOutputStream());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @GetMapping("/admin/archives")
    String page(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/admin/archives")
    String upload(@RequestParam(name = "archive", required = false) MultipartFile upload, Model model,
            HttpServletResponse response) throws IOException {
        if (upload == null || upload.isEmpty()) {
            response.setStatus(400);
            return page(model, null, new ArchiveRefusedException("archive.error.noFile"));
        }
        if (upload.getSize() > archives.maxSize().toBytes()) {
            response.setStatus(400);
            return page(model, null, new ArchiveRefusedException("archive.error.fileTooLarge", archives.maxSize().toMegabytes()));
        }
        Path file = Files.createTempFile("nouage-import-", ".zip");
        try {
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return page(model, archives.importArchive(file), null);
        } catch (ArchiveRefusedException e) {
            response.setStatus("archive.error.exists".equals(e.messageKey()) ? 409 : 400);
            return page(model, null, e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String page(Model model, TerritoryArchives.ImportReport report, ArchiveRefusedException error) {
        model.addAttribute("maxMegabytes", archives.maxSize().toMegabytes());
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        return "archive/archives";
    }
}
