package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.DocumentFormat;

class FileNamesTest {

    @Test
    void dropsEveryFolderOfAPathTraversal() {
        assertThat(FileNames.sanitise("../../etc/passwd.pdf", DocumentFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("..\\..\\Windows\\system.ini.pdf", DocumentFormat.PDF)).isEqualTo("system.ini.pdf");
        assertThat(FileNames.sanitise("/var/lib/nouage/../..", DocumentFormat.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void givesTheExtensionOfTheRecognisedFormat() {
        assertThat(FileNames.sanitise("Rapport d'orientation budgétaire.PDF", DocumentFormat.PDF))
                .isEqualTo("Rapport d'orientation budgétaire.pdf");
        assertThat(FileNames.sanitise("photo.exe", DocumentFormat.PNG)).isEqualTo("photo.exe.png");
        assertThat(FileNames.sanitise("note", DocumentFormat.DOCX)).isEqualTo("note.docx");
        assertThat(FileNames.sanitise("plan.jpeg", DocumentFormat.JPEG)).isEqualTo("plan.jpg");
    }

    @Test
    void replacesControlAndReservedCharactersAndHiddenNames() {
        assertThat(FileNames.sanitise("a\u0000b\r\nc<d>:e|f?.pdf", DocumentFormat.PDF)).isEqualTo("a_b__c_d__e_f_.pdf");
        assertThat(FileNames.sanitise(".htaccess.pdf", DocumentFormat.PDF)).isEqualTo("htaccess.pdf");
        assertThat(FileNames.sanitise("evil\u202Efdp.exe", DocumentFormat.PDF)).isEqualTo("evil_fdp.exe.pdf");
        assertThat(FileNames.sanitise(null, DocumentFormat.ODT)).isEqualTo("document.odt");
        assertThat(FileNames.sanitise("   ", DocumentFormat.ODS)).isEqualTo("document.ods");
    }

    @Test
    void boundsTheLength() {
        String name = FileNames.sanitise("x".repeat(400) + ".pdf", DocumentFormat.PDF);
        assertThat(name).hasSize(FileNames.BASE_MAX + 4).endsWith(".pdf");
    }
}
