package org.fyptracker.testkit;

import org.aopalliance.intercept.MethodInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every Kafka message converter of a test's application context (the services'
 * CloudEventKafkaConverter) so that each record it writes — what the publisher sends, and what tests
 * build with it — is checked against the contract by {@link PublishedEventsTally}. A subclass proxy, so
 * the bean keeps its type for injection; the record itself is passed on unchanged.
 */
final class ContractCheckingConverters implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof KafkaMessageConverter<?, ?>) || bean instanceof Checked) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addInterface(Checked.class);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            Object result = invocation.proceed();
            if ("createKafkaMessage".equals(invocation.getMethod().getName()) && result instanceof ProducerRecord<?, ?> record) {
                PublishedEventsTally.check(record);
            }
            return result;
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }

    /** Marks a converter already wrapped, so that two registrations never count a record twice. */
    public interface Checked {
    }
}
