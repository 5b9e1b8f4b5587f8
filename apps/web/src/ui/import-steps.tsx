import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Steps, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ImportStepsProps {
  /** the feature's locale namespace, holding `importStep1`, `importStep2`, `downloadTemplate`, `chooseFile` and `importing` */
  namespace: 'enterprises' | 'occupations';
  onDownload: () => void;
  downloading?: boolean;
  /** test id of the template button, if any */
  templateTestId?: string;
  onFile: (file: File) => void;
  uploading: boolean;
  /** test id of the upload button */
  fileTestId: string;
}

/** The two steps of a spreadsheet import: download the template, then choose the filled-in xlsx. */
export function ImportSteps(props: ImportStepsProps) {
  const { t } = useTranslation();
  const { namespace } = props;
  return (
    <Steps
      direction="vertical"
      items={[
        {
          status: 'process',
          title: t(`${namespace}:importStep1`),
          description: (
            <Button
              icon={<DownloadOutlined />}
              loading={props.downloading}
              onClick={props.onDownload}
              data-testid={props.templateTestId}
            >
              {t(`${namespace}:downloadTemplate`)}
            </Button>
          ),
        },
        {
          status: 'process',
          title: t(`${namespace}:importStep2`),
          description: (
            <Upload
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              beforeUpload={(file) => {
                props.onFile(file);
                // the page uploads it itself
                return false;
              }}
            >
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={props.uploading}
                data-testid={props.fileTestId}
              >
                {props.uploading ? t(`${namespace}:importing`) : t(`${namespace}:chooseFile`)}
              </Button>
            </Upload>
          ),
        },
      ]}
    />
  );
}
