package com.tencentcloudapi.demo.v20200101;
public enum DemoErrorCode {
     /* 操作失败。 */
     FAILEDOPERATION("FailedOperation"),
     
     /* 演示任务正在运行，请稍后重试。 */
     FAILEDOPERATION_TASKRUNNING("FailedOperation.TaskRunning"),
     
     /* 参数取值错误：请参考[文档](https://cloud.tencent.com/document/product/000)。 */
     INVALIDPARAMETERVALUE_BADNAME("InvalidParameterValue.BadName"),
     
     /* 占位符 */
     RESOURCENOTFOUND_DEMO("ResourceNotFound.Demo");
     
    private String value;
    private DemoErrorCode (String value){
        this.value = value;
    }
    public String getValue() {
        return value;
    }
}
