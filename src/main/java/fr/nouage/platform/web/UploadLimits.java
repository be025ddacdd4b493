package fr.nouage.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.nouage.platform.PlatformProperties;

/**
 * The ordinary upload limits ({@code nouage.platform.upload-max-file-size}, {@code
 * upload-max-request-size}) for every form but the import of a territory archive. The server's own
 * multipart limit is the archive's, larger; any other upload over the ordinary limits is refused
 * as too large (413, the French page for files too large) before its controller reads it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits implements WebMvcConfigurer {

    static final String ARCHIVE_IMPORT = "/admin/archives";

    private final PlatformProperties properties;

    UploadLimits(PlatformProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request instanceof MultipartHttpServletRequest multipart
                        && !ARCHIVE_IMPORT.equals(request.getRequestURI())) {
                    check(multipart);
                }
                return true;
            }
        });
    }

    private void check(MultipartHttpServletRequest request) {
        long fileMax = properties.uploadMaxFileSize().toBytes();
        long requestMax = properties.uploadMaxRequestSize().toBytes();
        long total = 0;
        for (MultipartFile file : request.getMultiFileMap().values().stream().flatMap(java.util.List::stream).toList()) {
            if (file.getSize() > fileMax) {
                throw new MaxUploadSizeExceededException(fileMax);
            }
            total += file.getSize();
        }
        if (total > requestMax) {
            throw new MaxUploadSizeExceededException(requestMax);
        }
    }
}
