package dev.errorcatalog.spring;

import java.util.Locale;

/** The few texts of the starter's own, in the catalog's two languages. */
enum StarterText {
    API_ERROR("The Tencent Cloud API reported an error", "腾讯云 API 返回错误"),
    NO_TEXT("The Tencent Cloud API reported an error for which no description is available.",
            "腾讯云 API 返回了一个错误，暂无该错误的说明。"),
    NO_API_ANSWER("No answer from the Tencent Cloud API", "未能从腾讯云 API 得到应答"),
    NOT_SENT("The request to the Tencent Cloud API was not sent", "未向腾讯云 API 发出请求"),
    LIBRARY_FAILURE_TITLE("Internal error", "内部错误"),
    LIBRARY_FAILURE("The service could not process the request.", "服务无法处理该请求。");

    private final String english;
    private final String chinese;

    StarterText(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The text in Chinese for a Chinese locale, else in English (the catalog's locales are en and zh-CN). */
    String in(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
