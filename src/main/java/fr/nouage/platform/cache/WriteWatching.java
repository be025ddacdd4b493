package fr.nouage.platform.cache;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Puts the application's data source under watch for writes (see {@link WriteWatchingDataSource}). */
@Component
final class WriteWatching implements BeanPostProcessor {

    private final ObjectProvider<WriteGeneration> generation;

    WriteWatching(ObjectProvider<WriteGeneration> generation) {
        this.generation = generation;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof WriteWatchingDataSource)) {
            return new WriteWatchingDataSource(dataSource, generation::getObject);
        }
        return bean;
    }
}
